using System.Linq.Expressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;

namespace MotCua.Application.Dashboard;

/// <summary>Which figure of the dashboard a drill-down list explains.</summary>
public enum DrillKind
{
    /// <summary>Accepted in the period (tiếp nhận).</summary>
    Received = 0,

    /// <summary>Result ready in the period (đã giải quyết).</summary>
    Resolved = 1,

    /// <summary>Resolved early or on time, not counted late.</summary>
    OnTime = 2,

    /// <summary>Resolved late, or asked for a supplement twice (counted late by the index).</summary>
    Late = 3,
}

/// <summary>
/// The dossiers behind one figure of the dashboard: same units, days and rule as the rollup counter it explains,
/// so the list's total equals the figure. Reads the dossier table through (ReceivingUnitId, ReceivedAt) or
/// (ReceivingUnitId, CompletedAt), one page at a time.
/// </summary>
public sealed record GetDrillDown(
    DayRange Period, DrillKind Kind, int? UnitId = null, int? FieldId = null, int? ProcedureId = null, int Page = 1)
    : IQuery<DrillDownView>;

public sealed record DrillDownView(LeaderScope Scope, DayRange Period, DrillKind Kind, string? FieldName, string? ProcedureName, DossierListPage List);

public sealed class GetDrillDownValidator : AbstractValidator<GetDrillDown>
{
    public GetDrillDownValidator()
    {
        RuleFor(q => q.Period).SetValidator(new DayRangeValidator());
        RuleFor(q => q.Kind).IsInEnum();
    }
}

internal sealed class GetDrillDownHandler(
    IAppDbContext db, ICurrentUser user, Reports.RollupFigureCache figureCache, Catalog.CatalogCache catalog)
    : IQueryHandler<GetDrillDown, DrillDownView>
{
    public async ValueTask<DrillDownView> Handle(GetDrillDown query, CancellationToken cancellationToken)
    {
        var scope = await LeaderScope.LoadAsync(db, user, query.UnitId, cancellationToken);
        var unitIds = scope.UnitIds;
        var period = query.Period;
        var (start, end) = period.Instants();

        var total = await figureCache.GetAtStampAsync(
            unitIds, scope.Stamp, (nameof(GetDrillDown), query.Kind, query.ProcedureId, query.FieldId, period.FromDay, period.ToDay),
            () => FigureAsync(query, unitIds, period, cancellationToken));
        bool? late = query.Kind switch { DrillKind.Late => true, DrillKind.OnTime => false, _ => null };
        var (unitId, withUnitsBelow) = scope.ListUnits;
        var list = await DossierLists.PageAsync(total, query.Page, skip => query.Kind == DrillKind.Received
            ? Received(db.AsDbContext(), unitId, withUnitsBelow, start, end, query.ProcedureId, query.FieldId, skip)
            : Resolved(db.AsDbContext(), unitId, withUnitsBelow, start, end, query.ProcedureId, query.FieldId, late, skip),
            await catalog.GetAsync(db, scope.CatalogVersion, cancellationToken),
            cancellationToken);
        var fieldName = query.FieldId is { } f ? await db.Fields.Where(x => x.Id == f).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var procedureName = query.ProcedureId is { } p ? await db.Procedures.Where(x => x.Id == p).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        return new DrillDownView(scope, period, query.Kind, fieldName, procedureName, list);
    }

    /// <summary>The dossiers accepted in the period, newest first, through (ReceivingUnitId, ReceivedAt).</summary>
    private static readonly Expression<Func<DbContext, int?, int?, DateTimeOffset, DateTimeOffset, int?, int?, IOrderedQueryable<Dossier>>> ReceivedList =
        (db, unitId, withUnitsBelow, start, end, procedureId, fieldId) => db.Set<Dossier>()
            .Where(d => d.ReceivedAt >= start && d.ReceivedAt < end)
            .Where(d => procedureId == null || d.ProcedureId == procedureId)
            .Where(d => fieldId == null || db.Set<Procedure>().Any(p => p.Id == d.ProcedureId && p.FieldId == fieldId))
            .OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id);

    private static readonly Func<DbContext, int?, int?, DateTimeOffset, DateTimeOffset, int?, int?, int, IAsyncEnumerable<DossierListRow>> Received =
        EF.CompileAsyncQuery(DossierLists.Page<Func<DbContext, int?, int?, DateTimeOffset, DateTimeOffset, int?, int?, int, IQueryable<DossierListRow>>>(ReceivedList));

    /// <summary>
    /// The dossiers resolved in the period, last resolved first, through (ReceivingUnitId, CompletedAt): all of them
    /// (<c>late</c> null), the late ones (a late result or a second supplement request) or the others.
    /// </summary>
    private static readonly Expression<Func<DbContext, int?, int?, DateTimeOffset, DateTimeOffset, int?, int?, bool?, IOrderedQueryable<Dossier>>> ResolvedList =
        (db, unitId, withUnitsBelow, start, end, procedureId, fieldId, late) => db.Set<Dossier>()
            .Where(d => d.Outcome != null && d.CompletedAt >= start && d.CompletedAt < end)
            .Where(d => procedureId == null || d.ProcedureId == procedureId)
            .Where(d => fieldId == null || db.Set<Procedure>().Any(p => p.Id == d.ProcedureId && p.FieldId == fieldId))
            .Where(d => late == null || (d.Outcome == Timeliness.Late || d.SupplementRequestCount > 1) == late)
            .OrderByDescending(d => d.CompletedAt).ThenByDescending(d => d.Id);

    private static readonly Func<DbContext, int?, int?, DateTimeOffset, DateTimeOffset, int?, int?, bool?, int, IAsyncEnumerable<DossierListRow>> Resolved =
        EF.CompileAsyncQuery(DossierLists.Page<Func<DbContext, int?, int?, DateTimeOffset, DateTimeOffset, int?, int?, bool?, int, IQueryable<DossierListRow>>>(ResolvedList));

    /// <summary>
    /// The list's total is the dashboard figure it explains, read from the rollups rather than counted from the
    /// dossiers (a month of a large commune is hundreds of thousands of index entries at 10M). Both are the same
    /// events: acceptance sets ReceivedAt and adds Received, resolution (once per dossier) sets CompletedAt and the
    /// outcome and adds to one of early / on time / late, in the local day and month of the event; the recount tests prove
    /// the rollups equal the dossiers. It is kept until the units' rollup stamps (read with the scope) move.
    /// </summary>
    private async Task<int> FigureAsync(GetDrillDown query, IReadOnlyList<int> unitIds, DayRange period, CancellationToken cancellationToken)
    {
        var rollups = PeriodRows.ProcedureCounters(db, unitIds, period);
        if (query.ProcedureId is { } procedureId)
        {
            rollups = rollups.Where(r => r.ProcedureId == procedureId);
        }

        if (query.FieldId is { } fieldId)
        {
            rollups = rollups.Where(r => db.Procedures.Any(p => p.Id == r.ProcedureId && p.FieldId == fieldId));
        }

        return query.Kind switch
        {
            DrillKind.Received => await rollups.SumAsync(r => r.Received, cancellationToken),
            DrillKind.Resolved => await rollups.SumAsync(r => r.ResolvedEarly + r.ResolvedOnTime + r.ResolvedLate, cancellationToken),
            DrillKind.OnTime => await rollups.SumAsync(r => r.ResolvedEarly + r.ResolvedOnTime, cancellationToken),
            _ => await rollups.SumAsync(r => r.ResolvedLate, cancellationToken),
        };
    }
}
