using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dashboard;

public enum DeadlineKind
{
    /// <summary>Pending, past the due date (quá hạn).</summary>
    Overdue = 0,

    /// <summary>Pending, due today or within two working days (sắp đến hạn).</summary>
    DueSoon = 1,
}

/// <summary>
/// Pending dossiers received by the leader's units that are overdue or due soon, with who holds each now, oldest
/// due date first. "Overdue" is the same rule as the headline's "pending overdue", so their counts agree.
/// </summary>
public sealed record GetDeadlineList(DeadlineKind Kind, int? UnitId = null, int Page = 1) : IQuery<DeadlineListView>;

public sealed record DeadlineListView(LeaderScope Scope, DeadlineKind Kind, DateOnly Today, DateOnly DueSoonUntil, DossierListPage List);

internal sealed class GetDeadlineListHandler(
    IAppDbContext db, ICurrentUser user, IWorkingCalendarProvider calendars, TimeProvider clock, Catalog.CatalogCache catalog)
    : IQueryHandler<GetDeadlineList, DeadlineListView>
{
    /// <summary>"Due soon": due today or within this many working days.</summary>
    public const int DueSoonWorkingDays = 2;

    /// <summary>The pending statuses written into the SQL as constants (a compiled statement cannot take EF.Constant).</summary>
    private static readonly Expression<Func<Dossier, bool>> IsPending = Inline.Lambda<Func<Dossier, bool>>(
        (DossierStatus[] statuses, Dossier d) => statuses.Contains(d.Status),
        Expression.NewArrayInit(typeof(DossierStatus), DossierWorkflow.PendingStatuses.Select(s => Expression.Constant(s))));

    /// <summary>Pending dossiers due from (if given) and to the given days, oldest due date first (the statuses written into the SQL).</summary>
    private static readonly Expression<Func<DbContext, int?, int?, DateOnly?, DateOnly, IOrderedQueryable<Dossier>>> List =
        (db, unitId, withUnitsBelow, dueFrom, dueTo) => db.Set<Dossier>()
            .Where(IsPending)
            .Where(d => (dueFrom == null || d.DueDate >= dueFrom) && d.DueDate <= dueTo)
            .OrderBy(d => d.DueDate).ThenBy(d => d.Id);

    private static readonly Func<DbContext, int?, int?, DateOnly?, DateOnly, CancellationToken, Task<int>> Count =
        EF.CompileAsyncQuery(DossierLists.Count<Func<DbContext, int?, int?, DateOnly?, DateOnly, CancellationToken, int>>(List, unitsInListIndex: true));

    private static readonly Func<DbContext, int?, int?, DateOnly?, DateOnly, int, IAsyncEnumerable<DossierListRow>> Page =
        EF.CompileAsyncQuery(DossierLists.Page<Func<DbContext, int?, int?, DateOnly?, DateOnly, int, IQueryable<DossierListRow>>>(List, unitsInListIndex: true));

    public async ValueTask<DeadlineListView> Handle(GetDeadlineList query, CancellationToken cancellationToken)
    {
        var scope = await LeaderScope.LoadAsync(db, user, query.UnitId, cancellationToken);
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var until = (await calendars.GetAsync(cancellationToken)).AddWorkingDays(today, DueSoonWorkingDays);

        // Overdue: due before today; due soon: due today up to the working day DueSoonWorkingDays ahead.
        var (dueFrom, dueTo) = query.Kind == DeadlineKind.Overdue ? ((DateOnly?)null, today.AddDays(-1)) : (today, until);
        var (unitId, withUnitsBelow) = scope.ListUnits;
        var total = await Count(db.AsDbContext(), unitId, withUnitsBelow, dueFrom, dueTo, cancellationToken);
        var list = await DossierLists.PageAsync(
            total,
            query.Page,
            skip => Page(db.AsDbContext(), unitId, withUnitsBelow, dueFrom, dueTo, skip),
            await catalog.GetAsync(db, scope.CatalogVersion, cancellationToken),
            cancellationToken);
        return new DeadlineListView(scope, query.Kind, today, until, list);
    }
}
