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

    public int Pages => Paging.Pages(Total, GetWorkList.PageSize);
}

internal sealed partial class GetWorkListHandler(IAppDbContext db, ICurrentUser user, IWorkingCalendarProvider calendars, TimeProvider clock)
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
        var page = Paging.Clamp(requestedPage, total, GetWorkList.PageSize);
        var ids = await Order(list, sort).Select(d => d.Id)
            .Skip((page - 1) * GetWorkList.PageSize)
            .Take(GetWorkList.PageSize)
            .ToListAsync(cancellationToken);
        return (ids, page, total, false);
    }

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
