using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>The processing work lists of the officer's unit (tabs of /can-bo/xu-ly).</summary>
public enum WorkListKind
{
    /// <summary>All pending dossiers of the unit.</summary>
    Pending,

    /// <summary>Assigned to me, pending.</summary>
    Mine,

    /// <summary>Pending, due within two working days.</summary>
    DueSoon,

    /// <summary>Pending, past the due date.</summary>
    Overdue,

    /// <summary>Waiting for the applicant's supplement (status 5).</summary>
    AwaitingSupplement,

    /// <summary>Result ready, waiting to be handed over (status 9).</summary>
    ToReturn,

    /// <summary>Finished: result ready or returned (status 9 and 10).</summary>
    Done,
}

/// <summary>
/// One page (20 rows) of a work list, scoped to the officer's unit, narrowed by <paramref name="Filter"/> (null: none)
/// and ordered by <paramref name="Sort"/> (null: the list's own order, see <see cref="DefaultSort"/>).
/// </summary>
public sealed record GetWorkList(WorkListKind Kind, int Page, WorkListFilter? Filter = null, WorkListSort? Sort = null)
    : IQuery<WorkListPage>
{
    public const int PageSize = 20;

    /// <summary>"Due soon" means due today or within this many working days.</summary>
    public const int DueSoonWorkingDays = 2;

    /// <summary>
    /// The finished list is counted up to this many dossiers: a large commune finishes hundreds of thousands, and
    /// nobody pages past the most recent ten thousand; the filters narrow it instead.
    /// </summary>
    public const int MaxCountedDone = 10_000;

    /// <summary>Finished dossiers, most recently finished first; every other list by the appointment, oldest first.</summary>
    public static WorkListSort DefaultSort(WorkListKind kind) =>
        kind == WorkListKind.Done ? WorkListSort.CompletedNewest : WorkListSort.Appointment;
}

/// <param name="DueDate">The pause-adjusted due date (hạn giải quyết).</param>
/// <param name="ExtendedDueDate">The new appointment of an apology slip (Form 04), if any: what "overdue" and "due soon" use.</param>
/// <param name="Version">The version seen, posted back by the bulk assignment.</param>
/// <param name="HeldHere">False when the dossier was handed to another unit (liên thông) and only seen as its receiver.</param>
public sealed record WorkListItem(
    string Code, string ProcedureName, string ApplicantName, DossierStatus Status, DateOnly? DueDate, bool Overdue,
    DateOnly? ExtendedDueDate = null, int Version = 0, bool HeldHere = true);

/// <param name="Sort">The order the page is in (the list's own order when none was asked for).</param>
/// <param name="MoreThanTotal">True when the list holds more than <paramref name="Total"/> dossiers and was counted only that far.</param>
public sealed record WorkListPage(
    WorkListKind Kind, IReadOnlyList<WorkListItem> Items, int Page, int Total,
    WorkListSort Sort = WorkListSort.Appointment, bool MoreThanTotal = false)
{
    public static WorkListPage Empty(WorkListKind kind) => new(kind, [], 1, 0, GetWorkList.DefaultSort(kind));

    public int Pages => Math.Max(1, (Total + GetWorkList.PageSize - 1) / GetWorkList.PageSize);
}

internal sealed class GetWorkListHandler(IAppDbContext db, ICurrentUser user, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IQueryHandler<GetWorkList, WorkListPage>
{
    private static readonly DossierStatus[] Pending = [.. DossierWorkflow.PendingStatuses];

    private static readonly DossierStatus[] Running = [DossierStatus.Accepted, DossierStatus.InProcessing];

    private static readonly DossierStatus[] Paused = [DossierStatus.SupplementRequested, DossierStatus.FinancialObligation];

    public async ValueTask<WorkListPage> Handle(GetWorkList query, CancellationToken cancellationToken)
    {
        var sort = query.Sort ?? GetWorkList.DefaultSort(query.Kind);
        var filter = query.Filter ?? WorkListFilter.None;
        var fieldProcedures = await FieldProceduresAsync(filter, cancellationToken);
        var (ids, page, total, more) = query.Kind == WorkListKind.Done
            ? await DonePageAsync(filter, fieldProcedures, sort, query.Page, cancellationToken)
            : await PageAsync(Narrow(await ListAsync(query.Kind, cancellationToken), filter, fieldProcedures), sort, query.Page, cancellationToken);
        return new WorkListPage(query.Kind, await ItemsAsync(ids, cancellationToken), page, total, sort, more);
    }

    /// <summary>The lists over a few statuses, read from a status index holding both units.</summary>
    private async Task<IQueryable<Dossier>> ListAsync(WorkListKind kind, CancellationToken cancellationToken)
    {
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var dossiers = db.Dossiers.AsNoTracking().VisibleByStatusTo(user);
        var pending = dossiers.Where(d => Pending.Contains(d.Status));
        switch (kind)
        {
            case WorkListKind.Mine:
                var me = user.UserId;
                return pending.Where(d => me != null && d.AssigneeId == me);
            case WorkListKind.DueSoon:
                // The effective appointment: the apology's new date if one was given, else the pause-adjusted due
                // date. A paused dossier's clock stands still, so it is never "coming due".
                var cut = (await calendars.GetAsync(cancellationToken)).AddWorkingDays(today, GetWorkList.DueSoonWorkingDays);
                return pending.Where(d => Running.Contains(d.Status)
                    && d.AppointmentDate >= today && d.AppointmentDate <= cut);
            case WorkListKind.Overdue:
                var pausedOverdue = await PausedOverdueAsync(pending, today, cancellationToken);
                return pending.Where(d => (Running.Contains(d.Status) && d.AppointmentDate < today)
                    || pausedOverdue.Contains(d.Id));
            case WorkListKind.AwaitingSupplement:
                return dossiers.Where(d => d.Status == DossierStatus.SupplementRequested);
            case WorkListKind.ToReturn:
                return dossiers.Where(d => d.Status == DossierStatus.Resolved);
            default:
                return pending;
        }
    }

    /// <summary>Counts the list, then reads the page's ids from the index alone (sorting whole rows would read them all).</summary>
    private static async Task<(List<long> Ids, int Page, int Total, bool More)> PageAsync(
        IQueryable<Dossier> list, WorkListSort sort, int requestedPage, CancellationToken cancellationToken)
    {
        var total = await list.CountAsync(cancellationToken);
        var page = Math.Clamp(requestedPage, 1, PagesOf(total));
        var ids = await Order(list, sort).Select(d => d.Id)
            .Skip((page - 1) * GetWorkList.PageSize)
            .Take(GetWorkList.PageSize)
            .ToListAsync(cancellationToken);
        return (ids, page, total, false);
    }

    /// <summary>
    /// The finished list spans most of a unit's dossiers (308k for the largest commune at a million), so it is read
    /// as its two disjoint halves, each through an index already in the wanted order: the dossiers the unit received
    /// (by the unit's completion index) and those another unit handed to it (by <see cref="Dossier.HandedToUnitId"/>).
    /// Each half gives its first page × 20 keys, merged here; the count stops at <see cref="GetWorkList.MaxCountedDone"/>.
    /// </summary>
    private async Task<(List<long> Ids, int Page, int Total, bool More)> DonePageAsync(
        WorkListFilter filter, IReadOnlyList<int>? fieldProcedures, WorkListSort sort, int requestedPage, CancellationToken cancellationToken)
    {
        if (user.UnitId is not { } unitId)
        {
            return ([], 1, 0, false);
        }

        var done = db.Dossiers.AsNoTracking().Where(d => d.Status == DossierStatus.Resolved || d.Status == DossierStatus.Returned);
        IQueryable<Dossier>[] halves =
        [
            Narrow(done.Where(d => d.ReceivingUnitId == unitId), filter, fieldProcedures),
            Narrow(done.Where(d => d.HandedToUnitId == unitId), filter, fieldProcedures),
        ];
        var counts = new List<int>();
        foreach (var half in halves)
        {
            counts.Add(await half.Take(GetWorkList.MaxCountedDone + 1).CountAsync(cancellationToken));
        }

        var total = Math.Min(counts.Sum(), GetWorkList.MaxCountedDone);
        var page = Math.Clamp(requestedPage, 1, PagesOf(total));
        var skip = (page - 1) * GetWorkList.PageSize;
        if (counts.Count(c => c > 0) <= 1)
        {
            // Usually one half is empty (a commune is rarely handed dossiers, a department rarely receives them):
            // the other is paged in the database like any list.
            var only = halves[counts.FindIndex(c => c > 0) is var at && at >= 0 ? at : 0];
            var pageIds = await Order(only, sort).Select(d => d.Id).Skip(skip).Take(GetWorkList.PageSize).ToListAsync(cancellationToken);
            return (pageIds, page, total, counts.Sum() > total);
        }

        var keys = new List<SortKey>();
        foreach (var half in halves)
        {
            keys.AddRange(await SortKey.Select(Order(half, sort), sort)
                .Take(page * GetWorkList.PageSize)
                .ToListAsync(cancellationToken));
        }

        var ids = SortKey.Order(keys, sort).Skip(skip).Take(GetWorkList.PageSize).Select(k => k.Id).ToList();
        return (ids, page, total, counts.Sum() > total);
    }

    private static int PagesOf(int total) => Math.Max(1, (total + GetWorkList.PageSize - 1) / GetWorkList.PageSize);

    /// <summary>The rows of one page, in the order of <paramref name="ids"/>.</summary>
    private async Task<List<WorkListItem>> ItemsAsync(List<long> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .Select(d => new
            {
                d.Id,
                d.Code,
                Name = db.Procedures.Where(p => p.Id == d.ProcedureId).Select(p => p.Name).First(),
                d.Applicant.FullName,
                d.Status,
                d.DueDate,
                d.ExtendedDueDate,
                d.AppointmentDate,
                d.Version,
                d.CurrentUnitId,
                PausedAt = d.Pauses.Where(x => x.EndedAt == null)
                    .OrderByDescending(x => x.StartedAt).Select(x => (DateTimeOffset?)x.StartedAt).FirstOrDefault(),
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var now = clock.GetUtcNow();
        return [.. ids.Select(id => rows[id]).Select(r => new WorkListItem(
            r.Code, r.Name, r.FullName, r.Status, r.DueDate,
            Overdue: IsOverdue(r.Status, r.AppointmentDate, r.PausedAt, now),
            r.ExtendedDueDate,
            r.Version,
            HeldHere: r.CurrentUnitId == user.UnitId))];
    }

    private IQueryable<Dossier> Narrow(IQueryable<Dossier> list, WorkListFilter filter, IReadOnlyList<int>? fieldProcedures)
    {
        if (filter.ProcedureId is { } procedureId)
        {
            list = list.Where(d => d.ProcedureId == procedureId);
        }

        if (fieldProcedures is not null)
        {
            list = list.Where(d => fieldProcedures.Contains(d.ProcedureId));
        }

        if (filter.Status is { } status)
        {
            list = list.Where(d => d.Status == status);
        }

        var (from, before) = filter.ReceivedRange;
        if (from is { } start)
        {
            list = list.Where(d => d.ReceivedAt >= start);
        }

        if (before is { } end)
        {
            list = list.Where(d => d.ReceivedAt < end);
        }

        if (filter.Channel is { } channel)
        {
            list = list.Where(d => d.Channel == channel);
        }

        switch (filter.Assignee)
        {
            case AssigneeFilter.Me:
                var me = user.UserId;
                list = list.Where(d => me != null && d.AssigneeId == me);
                break;
            case AssigneeFilter.Unassigned:
                list = list.Where(d => d.AssigneeId == null);
                break;
            case AssigneeFilter.Colleague:
                var colleague = filter.ColleagueId;
                list = list.Where(d => d.AssigneeId == colleague);
                break;
        }

        if (filter.NormalizedCode is { } code)
        {
            // A range on the code (not LIKE, which is case-insensitive in SQLite) so the unique index on it is used.
            var upper = code + char.MaxValue;
            list = list.Where(d => string.Compare(d.Code, code) >= 0 && string.Compare(d.Code, upper) < 0);
        }

        return list;
    }

    private static IOrderedQueryable<Dossier> Order(IQueryable<Dossier> list, WorkListSort sort) => sort switch
    {
        WorkListSort.ReceivedNewest => list.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id),
        WorkListSort.ReceivedOldest => list.OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id),
        WorkListSort.Code => list.OrderBy(d => d.Code),
        WorkListSort.CompletedNewest => list.OrderByDescending(d => d.CompletedAt).ThenByDescending(d => d.Id),
        _ => list.OrderBy(d => d.AppointmentDate).ThenBy(d => d.Id),
    };

    /// <summary>What a list is ordered by, to merge the two halves of the finished list as the database orders each.</summary>
    private sealed record SortKey(long Id, DateTimeOffset? CompletedAt, DateTimeOffset? ReceivedAt, string? Code, DateOnly? Appointment)
    {
        /// <summary>The id and only the value ordered by: for the finished list's own order both are in its index, so a deep page reads no row.</summary>
        public static IQueryable<SortKey> Select(IQueryable<Dossier> list, WorkListSort sort) => sort switch
        {
            WorkListSort.ReceivedNewest or WorkListSort.ReceivedOldest => list.Select(d => new SortKey(d.Id, null, d.ReceivedAt, null, null)),
            WorkListSort.Code => list.Select(d => new SortKey(d.Id, null, null, d.Code, null)),
            WorkListSort.CompletedNewest => list.Select(d => new SortKey(d.Id, d.CompletedAt, null, null, null)),
            _ => list.Select(d => new SortKey(d.Id, null, null, null, d.AppointmentDate)),
        };

        public static IEnumerable<SortKey> Order(IEnumerable<SortKey> keys, WorkListSort sort) => sort switch
        {
            WorkListSort.ReceivedNewest => keys.OrderByDescending(k => k.ReceivedAt).ThenByDescending(k => k.Id),
            WorkListSort.ReceivedOldest => keys.OrderBy(k => k.ReceivedAt).ThenBy(k => k.Id),
            WorkListSort.Code => keys.OrderBy(k => k.Code, StringComparer.Ordinal),
            WorkListSort.CompletedNewest => keys.OrderByDescending(k => k.CompletedAt).ThenByDescending(k => k.Id),
            _ => keys.OrderBy(k => k.Appointment).ThenBy(k => k.Id),
        };
    }

    /// <summary>The procedures of a field: a handful of ids, so the dossier query keeps to its own table.</summary>
    private async Task<IReadOnlyList<int>?> FieldProceduresAsync(WorkListFilter filter, CancellationToken cancellationToken) =>
        filter.FieldId is { } fieldId
            ? await db.Procedures.Where(p => p.FieldId == fieldId).Select(p => p.Id).ToListAsync(cancellationToken)
            : null;

    /// <summary>
    /// Like <see cref="Dossier.PendingState"/>, but against the effective appointment: while paused (status 5, 6)
    /// the clock stands still, so a dossier is judged as of the start of its open pause.
    /// </summary>
    private static bool IsOverdue(DossierStatus status, DateOnly? appointment, DateTimeOffset? pausedAt, DateTimeOffset now) =>
        DossierWorkflow.IsPending(status) && appointment is { } due
        && TimelinessRules.ClassifyPending(due, DossierWorkflow.IsPaused(status) && pausedAt is { } at ? at : now)
            == PendingTimeliness.Overdue;

    /// <summary>
    /// Paused dossiers past their appointment that were already overdue when the pause began. Judged in memory:
    /// the pause start is an instant and the appointment a local date. Bounded by the unit's paused dossiers
    /// whose appointment has passed, a small set (the applicant's turn, rarely more than a few hundred).
    /// </summary>
    private static async Task<List<long>> PausedOverdueAsync(IQueryable<Dossier> pending, DateOnly today, CancellationToken cancellationToken)
    {
        var candidates = await pending
            .Where(d => Paused.Contains(d.Status) && d.AppointmentDate < today)
            .Select(d => new
            {
                d.Id,
                d.Status,
                Due = d.AppointmentDate,
                PausedAt = d.Pauses.Where(x => x.EndedAt == null)
                    .OrderByDescending(x => x.StartedAt).Select(x => (DateTimeOffset?)x.StartedAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(c => IsOverdue(c.Status, c.Due, c.PausedAt, DateTimeOffset.MaxValue)).Select(c => c.Id)];
    }
}
