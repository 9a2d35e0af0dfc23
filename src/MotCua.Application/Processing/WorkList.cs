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

public sealed record WorkListItem(
    string Code, string ProcedureName, string ApplicantName, DossierStatus Status, DateOnly? DueDate, bool Overdue);

public sealed record WorkListPage(WorkListKind Kind, IReadOnlyList<WorkListItem> Items, int Page, int Total)
{
    public int Pages => Math.Max(1, (Total + GetWorkList.PageSize - 1) / GetWorkList.PageSize);
}

internal sealed class GetWorkListHandler(IAppDbContext db, ICurrentUser user, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IQueryHandler<GetWorkList, WorkListPage>
{
    private static readonly DossierStatus[] Pending = [.. DossierWorkflow.PendingStatuses];

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
                var cut = (await calendars.GetAsync(cancellationToken)).AddWorkingDays(today, GetWorkList.DueSoonWorkingDays);
                list = pending.Where(d => d.DueDate >= today && d.DueDate <= cut);
                break;
            case WorkListKind.Overdue:
                list = pending.Where(d => d.DueDate < today);
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
        var pageIds = list.OrderBy(d => d.DueDate).ThenBy(d => d.Id).Select(d => d.Id)
            .Skip((page - 1) * GetWorkList.PageSize)
            .Take(GetWorkList.PageSize);
        var rows = await (
                from d in db.Dossiers.AsNoTracking()
                where pageIds.Contains(d.Id)
                join p in db.Procedures on d.ProcedureId equals p.Id
                orderby d.DueDate, d.Id
                select new { d.Code, p.Name, d.Applicant.FullName, d.Status, d.DueDate })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new WorkListItem(
                r.Code, r.Name, r.FullName, r.Status, r.DueDate,
                Overdue: DossierWorkflow.IsPending(r.Status) && r.DueDate < today))
            .ToList();
        return new WorkListPage(query.Kind, items, page, total);
    }
}
