using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dashboard;

/// <summary>A dossier behind a leader's figure: no applicant data, only what the figure is about and who holds it.</summary>
public sealed record DossierListRow(
    string Code,
    string ProcedureName,
    DateTimeOffset? ReceivedAt,
    DateOnly? DueDate,
    DateTimeOffset? ResolvedAt,
    DossierStatus Status,
    Timeliness? Outcome,
    bool CountsAsLate,
    string HolderUnit,
    string? HolderOfficer);

public sealed record DossierListPage(IReadOnlyList<DossierListRow> Rows, int Page, int Total)
{
    public const int PageSize = 20;

    public int Pages => Paging.Pages(Total, PageSize);
}

internal static class DossierLists
{
    /// <summary>
    /// Counts (unless the caller knows the total), then pages the ids in the database (offset paging over the list's
    /// index) and reads that page's rows with their holders' names, in one statement.
    /// </summary>
    public static async Task<DossierListPage> PageAsync(
        IAppDbContext db, IQueryable<Dossier> dossiers,
        Func<IQueryable<Dossier>, IOrderedQueryable<Dossier>> order, int page, CancellationToken cancellationToken,
        int? knownTotal = null)
    {
        var total = knownTotal ?? await dossiers.CountAsync(cancellationToken);
        page = Paging.Clamp(page, total, DossierListPage.PageSize);
        // The page's ids from the list's index (a subquery), then only those rows, in the list's order.
        var ids = order(dossiers).Select(d => d.Id)
            .Skip((page - 1) * DossierListPage.PageSize).Take(DossierListPage.PageSize);
        var rows = await (
                from d in order(db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)))
                join p in db.Procedures on d.ProcedureId equals p.Id
                join u in db.Units on d.CurrentUnitId equals u.Id
                join o in db.OfficerNames on d.AssigneeId equals o.Id into holders
                from o in holders.DefaultIfEmpty()
                select new
                {
                    d.Code, Procedure = p.Name, d.ReceivedAt, d.DueDate, d.CompletedAt, d.Status, d.Outcome,
                    d.SupplementRequestCount, Unit = u.Name, Holder = o == null ? null : o.Name,
                })
            .ToListAsync(cancellationToken);

        return new DossierListPage(
            rows.Select(r => new DossierListRow(
                    r.Code, r.Procedure, r.ReceivedAt, r.DueDate,
                    r.Outcome is null ? null : r.CompletedAt,
                    r.Status, r.Outcome,
                    r.Outcome == Timeliness.Late || (r.Outcome is not null && r.SupplementRequestCount > 1),
                    r.Unit,
                    r.Holder))
                .ToList(),
            page,
            total);
    }
}
