using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Catalog;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Units;

namespace MotCua.Application.Dashboard;

/// <summary>
/// A dossier behind a leader's figure: no applicant data, only what the figure is about and who holds it. The statement
/// reads the procedure and the holder unit by id; <see cref="Named"/> adds their names from the catalogue.
/// </summary>
public sealed record DossierListRow(
    string Code,
    int ProcedureId,
    DateTimeOffset? ReceivedAt,
    DateOnly? DueDate,
    DateTimeOffset? ResolvedAt,
    DossierStatus Status,
    Timeliness? Outcome,
    bool CountsAsLate,
    int HolderUnitId,
    string? HolderOfficer)
{
    public string ProcedureName { get; init; } = string.Empty;

    public string HolderUnit { get; init; } = string.Empty;

    internal DossierListRow Named(CatalogSnapshot catalog) =>
        this with { ProcedureName = catalog.ProcedureName(ProcedureId), HolderUnit = catalog.UnitName(HolderUnitId) };
}

public sealed record DossierListPage(IReadOnlyList<DossierListRow> Rows, int Page, int Total)
{
    public const int PageSize = 20;

    public int Pages => Paging.Pages(Total, PageSize);
}

/// <summary>
/// A leader's list of dossiers as statements compiled once, built from the list written as a lambda: the context, the
/// unit alone or the unit with the units directly below it (see <see cref="LeaderScope.ListUnits"/>), then the list's own parameters;
/// its body is the list's dossiers in the list's order. Compiled query parameters must be plain values, and a null one
/// drops its filter out of the SQL (EF Core specialises a statement on which parameters are null).
/// </summary>
internal static class DossierLists
{
    /// <summary>The statement counting the list; <typeparamref name="TCount"/> is the list's parameters, a cancellation token, then int.</summary>
    /// <remarks>
    /// <paramref name="unitsInListIndex"/>: the list's own filter names an index holding the receiving unit as a later
    /// column (the deadline lists: pending statuses and due dates), so the unit is tested there and kept out of SQLite's
    /// choice of index. Without statistics SQLite takes any "ReceivingUnitId = ?" as selective, and would read all of a
    /// commune's dossiers through one of the unit's indexes (3 seconds a page at 10M).
    /// </remarks>
    public static Expression<TCount> Count<TCount>(LambdaExpression list, bool unitsInListIndex = false)
        where TCount : Delegate
    {
        var cancellation = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        return Expression.Lambda<TCount>(Inline.Body(CountOf, InUnits(list, unitsInListIndex)), [.. list.Parameters, cancellation]);
    }

    /// <summary>
    /// The statement reading one page: the ids after <c>skip</c> rows, in the list's order over its index (offset
    /// paging), and those rows with their holder officer's name (procedures and units are named from the catalogue kept
    /// in memory). <typeparamref name="TPage"/> is the list's parameters, the rows to skip, then the rows.
    /// </summary>
    public static Expression<TPage> Page<TPage>(LambdaExpression list, bool unitsInListIndex = false)
        where TPage : Delegate
    {
        var skip = Expression.Parameter(typeof(int), "skip");
        return Expression.Lambda<TPage>(
            Inline.Body(RowsOf, list.Parameters[0], InUnits(list, unitsInListIndex), skip), [.. list.Parameters, skip]);
    }

    /// <summary>Page <paramref name="page"/> of a list of <paramref name="total"/>, clamped to the pages there are.</summary>
    public static async Task<DossierListPage> PageAsync(
        int total, int page, Func<int, IAsyncEnumerable<DossierListRow>> rowsAfter, CatalogSnapshot catalog, CancellationToken cancellationToken)
    {
        page = Paging.Clamp(page, total, DossierListPage.PageSize);
        var rows = await rowsAfter((page - 1) * DossierListPage.PageSize).Select(r => r.Named(catalog)).ToListAsync(cancellationToken);
        return new DossierListPage(rows, page, total);
    }

    private static Expression InUnits(LambdaExpression list, bool unitsInListIndex) =>
        Inline.Body(unitsInListIndex ? UnitsFilterInListIndex : UnitsFilter, list.Parameters[0], list.Parameters[1], list.Parameters[2], list.Body);

    /// <summary>
    /// The dossiers received by one unit (read in the list's order straight from its index), or by a unit and the
    /// units directly below it (SQLite then sorts the period's dossiers of them all). One of the two is null.
    /// </summary>
    private static readonly Expression<Func<DbContext, int?, int?, IQueryable<Dossier>, IQueryable<Dossier>>> UnitsFilter =
        (db, unitId, withUnitsBelow, list) => list.Where(d => (unitId == null || d.ReceivingUnitId == unitId)
            && (withUnitsBelow == null || db.Set<Unit>()
                .Where(u => u.Id == withUnitsBelow || u.ParentId == withUnitsBelow)
                .Select(u => u.Id)
                .Contains(d.ReceivingUnitId)));

    /// <summary>
    /// <see cref="UnitsFilter"/> with the unit column written as an expression ("+ 0"), which SQLite tests in whatever
    /// index it reads but never picks an index for.
    /// </summary>
    private static readonly Expression<Func<DbContext, int?, int?, IQueryable<Dossier>, IQueryable<Dossier>>> UnitsFilterInListIndex =
        (db, unitId, withUnitsBelow, list) => list.Where(d => (unitId == null || d.ReceivingUnitId + 0 == unitId)
            && (withUnitsBelow == null || db.Set<Unit>()
                .Where(u => u.Id == withUnitsBelow || u.ParentId == withUnitsBelow)
                .Select(u => u.Id)
                .Contains(d.ReceivingUnitId + 0)));

    private static readonly Expression<Func<IQueryable<Dossier>, int>> CountOf = list => list.Count();

    /// <summary>EF Core keeps a limited subquery's order in the statement around it.</summary>
    private static readonly Expression<Func<DbContext, IQueryable<Dossier>, int, IQueryable<DossierListRow>>> RowsOf =
        (db, list, skip) =>
            from id in list.Select(d => d.Id).Skip(skip).Take(DossierListPage.PageSize)
            join d in db.Set<Dossier>() on id equals d.Id
            select new DossierListRow(
                d.Code,
                d.ProcedureId,
                d.ReceivedAt,
                d.DueDate,
                d.Outcome == null ? null : d.CompletedAt,
                d.Status,
                d.Outcome,
                d.Outcome == Timeliness.Late || (d.Outcome != null && d.SupplementRequestCount > 1),
                d.CurrentUnitId,
                db.Set<OfficerName>().Where(o => o.Id == d.AssigneeId).Select(o => o.Name).FirstOrDefault());
}
