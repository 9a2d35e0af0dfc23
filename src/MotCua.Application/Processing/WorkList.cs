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
/// and ordered by <paramref name="Sort"/> (default: the appointment in effect, oldest first).
/// </summary>
public sealed record GetWorkList(WorkListKind Kind, int Page, WorkListFilter? Filter = null, WorkListSort Sort = WorkListSort.Appointment)
    : IQuery<WorkListPage>
{
    public const int PageSize = 20;

    /// <summary>"Due soon" means due today or within this many working days.</summary>
    public const int DueSoonWorkingDays = 2;
}

/// <param name="DueDate">The pause-adjusted due date (hạn giải quyết).</param>
/// <param name="ExtendedDueDate">The new appointment of an apology slip (Form 04), if any: what "overdue" and "due soon" use.</param>
/// <param name="Version">The version seen, posted back by the bulk assignment.</param>
/// <param name="HeldHere">False when the dossier was handed to another unit (liên thông) and only seen as its receiver.</param>
public sealed record WorkListItem(
    string Code, string ProcedureName, string ApplicantName, DossierStatus Status, DateOnly? DueDate, bool Overdue,
    DateOnly? ExtendedDueDate = null, int Version = 0, bool HeldHere = true);

public sealed record WorkListPage(WorkListKind Kind, IReadOnlyList<WorkListItem> Items, int Page, int Total)
{
    public static WorkListPage Empty(WorkListKind kind) => new(kind, [], 1, 0);

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
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        // Lists over a few statuses are read from a status index holding both units; the finished list spans most of
        // the table, so it is read through the unit's own indexes instead.
        var dossiers = query.Kind == WorkListKind.Done
            ? db.Dossiers.AsNoTracking().VisibleTo(user)
            : db.Dossiers.AsNoTracking().VisibleByStatusTo(user);
        var pending = dossiers.Where(d => Pending.Contains(d.Status));
        IQueryable<Dossier> list;
        switch (query.Kind)
        {
            case WorkListKind.Mine:
                var me = user.UserId;
                list = pending.Where(d => me != null && d.AssigneeId == me);
                break;
            case WorkListKind.DueSoon:
                // The effective appointment: the apology's new date if one was given, else the pause-adjusted due
                // date. A paused dossier's clock stands still, so it is never "coming due".
                var cut = (await calendars.GetAsync(cancellationToken)).AddWorkingDays(today, GetWorkList.DueSoonWorkingDays);
                list = pending.Where(d => Running.Contains(d.Status)
                    && d.AppointmentDate >= today && d.AppointmentDate <= cut);
                break;
            case WorkListKind.Overdue:
                var pausedOverdue = await PausedOverdueAsync(pending, today, cancellationToken);
                list = pending.Where(d => (Running.Contains(d.Status) && d.AppointmentDate < today)
                    || pausedOverdue.Contains(d.Id));
                break;
            case WorkListKind.AwaitingSupplement:
                list = dossiers.Where(d => d.Status == DossierStatus.SupplementRequested);
                break;
            case WorkListKind.ToReturn:
                list = dossiers.Where(d => d.Status == DossierStatus.Resolved);
                break;
            case WorkListKind.Done:
                list = dossiers.Where(d => d.Status == DossierStatus.Resolved || d.Status == DossierStatus.Returned);
                break;
            default:
                list = pending;
                break;
        }

        list = Narrow(list, query.Filter ?? WorkListFilter.None, await FieldProceduresAsync(query.Filter, cancellationToken));
        var total = await list.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + GetWorkList.PageSize - 1) / GetWorkList.PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        // The page's ids first (from the index alone for the appointment lists), then only those rows: sorting whole
        // rows of every match would read them all from the table.
        var pageIds = Order(list, query.Sort).Select(d => d.Id)
            .Skip((page - 1) * GetWorkList.PageSize)
            .Take(GetWorkList.PageSize);
        var rows = await Order(db.Dossiers.AsNoTracking().Where(d => pageIds.Contains(d.Id)), query.Sort)
            .Select(d => new
            {
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
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var items = rows.Select(r => new WorkListItem(
                r.Code, r.Name, r.FullName, r.Status, r.DueDate,
                Overdue: IsOverdue(r.Status, r.AppointmentDate, r.PausedAt, now),
                r.ExtendedDueDate,
                r.Version,
                HeldHere: r.CurrentUnitId == user.UnitId))
            .ToList();
        return new WorkListPage(query.Kind, items, page, total);
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
        _ => list.OrderBy(d => d.AppointmentDate).ThenBy(d => d.Id),
    };

    /// <summary>The procedures of a field: a handful of ids, so the dossier query keeps to its own table.</summary>
    private async Task<IReadOnlyList<int>?> FieldProceduresAsync(WorkListFilter? filter, CancellationToken cancellationToken) =>
        filter?.FieldId is { } fieldId
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
