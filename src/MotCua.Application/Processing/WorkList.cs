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

/// <summary>One page (20 rows, oldest due date first) of a work list, scoped to the officer's unit.</summary>
public sealed record GetWorkList(WorkListKind Kind, int Page) : IQuery<WorkListPage>
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
        var dossiers = db.Dossiers.AsNoTracking().VisibleTo(user);
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
                    && (d.ExtendedDueDate ?? d.DueDate) >= today && (d.ExtendedDueDate ?? d.DueDate) <= cut);
                break;
            case WorkListKind.Overdue:
                var pausedOverdue = await PausedOverdueAsync(pending, today, cancellationToken);
                list = pending.Where(d => (Running.Contains(d.Status) && (d.ExtendedDueDate ?? d.DueDate) < today)
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

        var total = await list.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + GetWorkList.PageSize - 1) / GetWorkList.PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        // The page's ids first (from the index alone for the due-date lists), then only those rows: sorting whole
        // rows of every match would read them all from the table.
        var pageIds = list.OrderBy(d => d.ExtendedDueDate ?? d.DueDate).ThenBy(d => d.Id).Select(d => d.Id)
            .Skip((page - 1) * GetWorkList.PageSize)
            .Take(GetWorkList.PageSize);
        var rows = await (
                from d in db.Dossiers.AsNoTracking()
                where pageIds.Contains(d.Id)
                join p in db.Procedures on d.ProcedureId equals p.Id
                orderby d.ExtendedDueDate ?? d.DueDate, d.Id
                select new
                {
                    d.Code,
                    p.Name,
                    d.Applicant.FullName,
                    d.Status,
                    d.DueDate,
                    d.ExtendedDueDate,
                    d.Version,
                    d.CurrentUnitId,
                    PausedAt = d.Pauses.Where(x => x.EndedAt == null)
                        .OrderByDescending(x => x.StartedAt).Select(x => (DateTimeOffset?)x.StartedAt).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var items = rows.Select(r => new WorkListItem(
                r.Code, r.Name, r.FullName, r.Status, r.DueDate,
                Overdue: IsOverdue(r.Status, r.ExtendedDueDate ?? r.DueDate, r.PausedAt, now),
                r.ExtendedDueDate,
                r.Version,
                HeldHere: r.CurrentUnitId == user.UnitId))
            .ToList();
        return new WorkListPage(query.Kind, items, page, total);
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
            .Where(d => Paused.Contains(d.Status) && (d.ExtendedDueDate ?? d.DueDate) < today)
            .Select(d => new
            {
                d.Id,
                d.Status,
                Due = d.ExtendedDueDate ?? d.DueDate,
                PausedAt = d.Pauses.Where(x => x.EndedAt == null)
                    .OrderByDescending(x => x.StartedAt).Select(x => (DateTimeOffset?)x.StartedAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(c => IsOverdue(c.Status, c.Due, c.PausedAt, DateTimeOffset.MaxValue)).Select(c => c.Id)];
    }
}
