using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

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

internal sealed class GetDrillDownHandler(IAppDbContext db, ICurrentUser user, Reports.RollupFigureCache figureCache)
    : IQueryHandler<GetDrillDown, DrillDownView>
{
    public async ValueTask<DrillDownView> Handle(GetDrillDown query, CancellationToken cancellationToken)
    {
        var scope = await LeaderScope.LoadAsync(db, user, query.UnitId, cancellationToken);
        var unitIds = scope.UnitIds;
        var period = query.Period;
        var (start, end) = period.Instants();

        var dossiers = db.Dossiers.Where(d => unitIds.Contains(d.ReceivingUnitId));
        if (query.ProcedureId is { } procedureId)
        {
            dossiers = dossiers.Where(d => d.ProcedureId == procedureId);
        }

        if (query.FieldId is { } fieldId)
        {
            dossiers = dossiers.Where(d => db.Procedures.Any(p => p.Id == d.ProcedureId && p.FieldId == fieldId));
        }

        if (query.Kind == DrillKind.Received)
        {
            dossiers = dossiers.Where(d => d.ReceivedAt >= start && d.ReceivedAt < end);
        }
        else
        {
            dossiers = dossiers.Where(d => d.Outcome != null && d.CompletedAt >= start && d.CompletedAt < end);
            dossiers = query.Kind switch
            {
                DrillKind.Late => dossiers.Where(d => d.Outcome == Timeliness.Late || d.SupplementRequestCount > 1),
                DrillKind.OnTime => dossiers.Where(d => d.Outcome != Timeliness.Late && d.SupplementRequestCount <= 1),
                _ => dossiers,
            };
        }

        var list = await DossierLists.PageAsync(
            db, dossiers,
            q => query.Kind == DrillKind.Received
                ? q.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id)
                : q.OrderByDescending(d => d.CompletedAt).ThenByDescending(d => d.Id),
            query.Page, cancellationToken, await figureCache.GetAtStampAsync(
                unitIds, scope.Stamp, (nameof(GetDrillDown), query.Kind, query.ProcedureId, query.FieldId, period.FromDay, period.ToDay),
                () => FigureAsync(query, unitIds, period, cancellationToken)));
        var fieldName = query.FieldId is { } f ? await db.Fields.Where(x => x.Id == f).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var procedureName = query.ProcedureId is { } p ? await db.Procedures.Where(x => x.Id == p).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        return new DrillDownView(scope, period, query.Kind, fieldName, procedureName, list);
    }

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
