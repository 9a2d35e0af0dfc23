using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Application.Dashboard;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Reports;

public enum ReportGrouping
{
    /// <summary>One row per receiving unit (đơn vị).</summary>
    Unit = 0,

    /// <summary>One row per field of the procedure (lĩnh vực).</summary>
    Field = 1,
}

/// <summary>
/// The periodic report (Biểu 06/VPCP/KSTT style) of the leader's unit and the units below it, for the months
/// <paramref name="FromMonth"/>..<paramref name="ToMonth"/> (yyyyMM, local months), read from the period rollups only.
/// </summary>
public sealed record GetPeriodicReport(int FromMonth, int ToMonth, ReportGrouping GroupBy = ReportGrouping.Unit)
    : IQuery<PeriodicReportView>;

public sealed record PeriodicReportRow(
    string Name,
    int Online,
    int CounterAndPostal,
    int CarriedOver,
    int Early,
    int OnTime,
    int Late,
    int ClosedWithoutResult)
{
    /// <summary>Accepted in the period, all channels.</summary>
    public int Received => Online + CounterAndPostal;

    /// <summary>All dossiers to handle in the period: carried over + received (tổng số hồ sơ nhận giải quyết).</summary>
    public int ToHandle => CarriedOver + Received;

    public int Resolved => Early + OnTime + Late;

    /// <summary>Still being handled at the end of the period; carried over to the next one.</summary>
    public int Pending => ToHandle - Resolved - ClosedWithoutResult;
}

public sealed record PeriodicReportView(
    string UnitName,
    int FromMonth,
    int ToMonth,
    ReportGrouping GroupBy,
    IReadOnlyList<PeriodicReportRow> Rows,
    PeriodicReportRow Total);

public sealed class GetPeriodicReportValidator : AbstractValidator<GetPeriodicReport>
{
    public GetPeriodicReportValidator()
    {
        RuleFor(q => q.FromMonth).Must(MonthRange.IsMonth).WithMessage("Tháng bắt đầu không hợp lệ.");
        RuleFor(q => q.ToMonth).Must(MonthRange.IsMonth).WithMessage("Tháng kết thúc không hợp lệ.")
            .GreaterThanOrEqualTo(q => q.FromMonth).WithMessage("Tháng kết thúc phải không trước tháng bắt đầu.");
        RuleFor(q => q.GroupBy).IsInEnum();
    }
}

internal sealed class GetPeriodicReportHandler(IAppDbContext db, ICurrentUser user, RollupFigureCache figureCache)
    : IQueryHandler<GetPeriodicReport, PeriodicReportView>
{
    public async ValueTask<PeriodicReportView> Handle(GetPeriodicReport query, CancellationToken cancellationToken)
    {
        // The leader's units with their rollup stamps, in one read: the sums are kept until one of the stamps moves.
        var scope = await Dashboard.LeaderScope.LoadAsync(db, user, unitId: null, cancellationToken);
        var unitIds = scope.UnitIds;
        var sums = await figureCache.GetAtStampAsync(
            unitIds, scope.Stamp, (query.FromMonth, query.ToMonth, query.GroupBy), () => SumsAsync(unitIds, query, cancellationToken));

        // Units: the leader's unit first, then the units below it, all listed even with nothing to report.
        // Fields: only those with dossiers, by name.
        IEnumerable<(int Id, string Name)> heads = query.GroupBy == ReportGrouping.Field
            ? (await db.Fields.AsNoTracking().Where(f => sums.Keys.Contains(f.Id)).Select(f => new { f.Id, f.Name })
                .ToListAsync(cancellationToken))
                .OrderBy(f => f.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false))
                .Select(f => (f.Id, f.Name))
            : scope.Units.OrderBy(u => u.Id == scope.Home.Id ? 0 : 1).ThenBy(u => u.Id).Select(u => (u.Id, u.Name));

        var rows = heads
            .Select(h => sums.TryGetValue(h.Id, out var s)
                ? new PeriodicReportRow(h.Name, s.Online, s.CounterAndPostal, s.CarriedOver, s.Early, s.OnTime, s.Late, s.Closed)
                : new PeriodicReportRow(h.Name, 0, 0, 0, 0, 0, 0, 0))
            .ToList();
        var total = new PeriodicReportRow(
            "Tổng cộng",
            rows.Sum(r => r.Online),
            rows.Sum(r => r.CounterAndPostal),
            rows.Sum(r => r.CarriedOver),
            rows.Sum(r => r.Early),
            rows.Sum(r => r.OnTime),
            rows.Sum(r => r.Late),
            rows.Sum(r => r.ClosedWithoutResult));

        return new PeriodicReportView(scope.Home.Name, query.FromMonth, query.ToMonth, query.GroupBy, rows, total);
    }

    /// <summary>The report's counters per unit or field, from the rollups (kept until the units' rollups change).</summary>
    private async Task<Dictionary<int, Sums>> SumsAsync(IReadOnlyList<int> unitIds, GetPeriodicReport query, CancellationToken cancellationToken)
    {
        var from = query.FromMonth;
        var to = query.ToMonth;

        // Everything up to the end of the period; months before it only feed the carried-over column (no lower bound).
        // By unit: the per-unit monthly rows (all procedures summed); by field: the per-procedure rows.
        var grouped = query.GroupBy == ReportGrouping.Field
            ? db.PeriodRollups.Where(r => unitIds.Contains(r.UnitId) && r.Month <= to)
                .Join(db.Procedures, r => r.ProcedureId, p => p.Id, (r, p) => new Flow
                {
                    Key = p.FieldId, Month = r.Month, Channel = r.Channel, Received = r.Received, Early = r.ResolvedEarly,
                    OnTime = r.ResolvedOnTime, Late = r.ResolvedLate, Closed = r.ClosedWithoutResult,
                })
            : db.UnitMonthRollups.Where(r => unitIds.Contains(r.UnitId) && r.Month <= to)
                .Select(r => new Flow
                {
                    Key = r.UnitId, Month = r.Month, Channel = r.Channel, Received = r.Received, Early = r.ResolvedEarly,
                    OnTime = r.ResolvedOnTime, Late = r.ResolvedLate, Closed = r.ClosedWithoutResult,
                });

        return await grouped
            .GroupBy(x => x.Key)
            .Select(g => new Sums(
                g.Key,
                g.Sum(x => x.Month >= from && x.Channel == Channel.Online ? x.Received : 0),
                g.Sum(x => x.Month >= from && x.Channel != Channel.Online ? x.Received : 0),
                g.Sum(x => x.Month < from ? x.Received - x.Early - x.OnTime - x.Late - x.Closed : 0),
                g.Sum(x => x.Month >= from ? x.Early : 0),
                g.Sum(x => x.Month >= from ? x.OnTime : 0),
                g.Sum(x => x.Month >= from ? x.Late : 0),
                g.Sum(x => x.Month >= from ? x.Closed : 0)))
            .ToDictionaryAsync(s => s.Key, cancellationToken);
    }

    /// <summary>A row's counters; carried over: received before the period and neither resolved nor closed before it.</summary>
    private sealed record Sums(int Key, int Online, int CounterAndPostal, int CarriedOver, int Early, int OnTime, int Late, int Closed);

    /// <summary>One rollup row's flows under the report's grouping key (unit or field); member-initialised so EF can compose on it.</summary>
    private sealed class Flow
    {
        public int Key { get; init; }

        public int Month { get; init; }

        public Channel Channel { get; init; }

        public int Received { get; init; }

        public int Early { get; init; }

        public int OnTime { get; init; }

        public int Late { get; init; }

        public int Closed { get; init; }
    }
}
