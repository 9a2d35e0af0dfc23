using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Application.Reports;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;

namespace MotCua.Application.Dashboard;

/// <summary>
/// The leader's dashboard (/lanh-dao) for a period of days (whole months, a quarter, a year or a custom range) and the
/// leader's units or one of them: headline, processing time, supplement and satisfaction rates, index components and
/// the breakdowns the charts draw. Read from the rollups only (plus the pending-only index for "pending now").
/// </summary>
public sealed record GetDashboard(DayRange Period, int? UnitId = null) : IQuery<DashboardView>;

/// <summary>A breakdown row: flows of the period; its rate is the one Decision 766 computation over resolved dossiers.</summary>
public sealed record DashboardRow(int Id, string Name, OnTimeCounts Counts);

/// <summary>Counters beyond the on-time ones, summed over the period.</summary>
public sealed record QualityCounts(
    int Received, int DossiersWithSupplement, int ElectronicResults, int Ratings, int RatingsSatisfied,
    long WorkingDays, int TimedResults, int? Percentile90)
{
    /// <summary>Dossiers asked for a supplement / dossiers received.</summary>
    public double? SupplementRate => Received > 0 ? (double)DossiersWithSupplement / Received : null;

    /// <summary>Dossiers received with the result delivered electronically / dossiers received.</summary>
    public double? DigitisationRate => Received > 0 ? (double)ElectronicResults / Received : null;

    /// <summary>Ratings averaging 4 of 5 or more over result, attitude and time / all ratings.</summary>
    public double? SatisfactionRate => Ratings > 0 ? (double)RatingsSatisfied / Ratings : null;

    public double? AverageWorkingDays => TimedResults > 0 ? (double)WorkingDays / TimedResults : null;
}

/// <summary>Dossiers received in the period by channel, and those still pending from before it (tồn kỳ trước chuyển sang).</summary>
public sealed record IntakeCounts(int Online, int Counter, int Postal, int CarriedOver);

public sealed record DashboardView(
    LeaderScope Scope,
    DayRange Period,
    OnTimeCounts Headline,
    IntakeCounts Intake,
    QualityCounts Quality,
    IReadOnlyList<DashboardRow> ByMonth,
    IReadOnlyList<DashboardRow> ByUnit,
    IReadOnlyList<DashboardRow> ByField,
    IReadOnlyList<DashboardRow> ByProcedure)
{
    /// <summary>The units' rollup stamp the figures were computed at: what is made from them can be kept until it changes.</summary>
    public long Stamp { get; init; }

    /// <summary>Online dossiers / dossiers received.</summary>
    public double? OnlineRate => Headline.Received > 0 ? (double)Headline.Online / Headline.Received : null;
}

public sealed class GetDashboardValidator : AbstractValidator<GetDashboard>
{
    public GetDashboardValidator()
    {
        RuleFor(q => q.Period).SetValidator(new DayRangeValidator());
    }
}

internal sealed class GetDashboardHandler(
    IAppDbContext db, ICurrentUser user, ProcedureFlows procedureFlows, RollupFigureCache figureCache, TimeProvider clock)
    : IQueryHandler<GetDashboard, DashboardView>
{
    /// <summary>The figures are computed once per set of units, period and day until the units' rollups change.</summary>
    public async ValueTask<DashboardView> Handle(GetDashboard query, CancellationToken cancellationToken)
    {
        var scope = await LeaderScope.LoadAsync(db, user, query.UnitId, cancellationToken);
        var unitIds = scope.UnitIds;
        var period = query.Period;
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var stamp = scope.Stamp;
        var figures = await figureCache.GetAtStampAsync(
            unitIds, stamp, (period, today), () => FiguresAsync(unitIds, period, today, cancellationToken));
        return new DashboardView(
            scope,
            period,
            figures.Headline,
            figures.Intake,
            figures.Quality,
            figures.ByMonth,
            Ranked(scope.Units.Where(u => unitIds.Contains(u.Id)).Select(u => Row(u.Id, u.Label, figures.ByUnit))),
            figures.ByField,
            figures.ByProcedure)
        {
            Stamp = stamp,
        };
    }

    private async Task<Figures> FiguresAsync(IReadOnlyList<int> unitIds, DayRange period, DateOnly today, CancellationToken cancellationToken)
    {
        var (pendingWithin, pendingOverdue) = await OnTimeFigures.PendingAsync(db, unitIds, today, cancellationToken);
        // Only rollups, summed in the database: the unit-month rows (units × months) feed the quality rates and the
        // breakdowns by month and unit; the per-procedure rows are grouped to one row per procedure. What is read
        // depends on the number of units, procedures and months, never on the number of dossiers.
        var unitMonths = await PeriodRows.UnitCountersUpTo(db, unitIds, period)
            .GroupBy(r => new { r.UnitId, r.Month })
            .Select(g => new Counters(
                g.Key.UnitId, g.Key.Month, g.Sum(r => r.Received), g.Sum(r => r.Channel == Channel.Online ? r.Received : 0),
                g.Sum(r => r.Channel == Channel.Postal ? r.Received : 0), g.Sum(r => r.ResolvedEarly), g.Sum(r => r.ResolvedOnTime),
                g.Sum(r => r.ResolvedLate), g.Sum(r => r.ClosedWithoutResult), g.Sum(r => r.DossiersWithSupplement),
                g.Sum(r => r.ElectronicResults), g.Sum(r => r.Ratings), g.Sum(r => r.RatingsSatisfied), g.Sum(r => r.ProcessingWorkingDays)))
            .ToListAsync(cancellationToken);
        // Months and days before the period are summed into month 0: received there and neither resolved nor closed there is
        // what the period started with.
        var carriedOver = unitMonths.Where(r => r.Month == 0).Sum(r => r.Received - r.Early - r.OnTime - r.Late - r.Closed);
        unitMonths.RemoveAll(r => r.Month == 0);
        var headline = OnTimeCounts.Sum(unitMonths.Select(r => r.Flows)) with
        {
            PendingWithinTime = pendingWithin,
            PendingOverdue = pendingOverdue,
        };
        var postal = unitMonths.Sum(r => r.Postal);
        var byProcedure = await procedureFlows.ForAsync(unitIds, period, cancellationToken);
        var histogram = await PeriodRows.Histogram(db, unitIds, period)
            .GroupBy(h => h.WorkingDays)
            .Select(g => new { Days = g.Key, Resolved = g.Sum(h => h.Resolved) })
            .ToListAsync(cancellationToken);
        var procedureIds = byProcedure.Keys.ToList();
        var procedures = await db.Procedures.AsNoTracking().Where(p => procedureIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.FieldId, Field = p.Field!.Name })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var fieldNames = procedures.Values.DistinctBy(p => p.FieldId).ToDictionary(p => p.FieldId, p => p.Field);

        var byMonth = Flows(unitMonths, r => r.Month, r => r.Flows);
        var byUnit = Flows(unitMonths, r => r.UnitId, r => r.Flows);
        var byField = Flows(byProcedure, p => procedures[p.Key].FieldId, p => p.Value);

        return new Figures(
            headline,
            new IntakeCounts(headline.Online, headline.Received - headline.Online - postal, postal, carriedOver),
            new QualityCounts(
                headline.Received, unitMonths.Sum(r => r.DossiersWithSupplement), unitMonths.Sum(r => r.ElectronicResults),
                unitMonths.Sum(r => r.Ratings), unitMonths.Sum(r => r.RatingsSatisfied), unitMonths.Sum(r => r.WorkingDays),
                histogram.Sum(h => h.Resolved), ProcessingTimeRollup.Percentile(histogram.Select(h => (h.Days, h.Resolved)), 0.9)),
            period.Months.Months().Select(m => Row(m, $"{m % 100:D2}/{m / 100}", byMonth)).ToList(),
            byUnit,
            Ranked(fieldNames.Select(f => Row(f.Key, f.Value, byField))),
            Ranked(procedures.Values.Select(p => Row(p.Id, p.Name, byProcedure))));
    }

    /// <summary>Best on-time rate first; units with nothing resolved last, busiest first.</summary>
    private static List<DashboardRow> Ranked(IEnumerable<DashboardRow> rows) => rows
        .OrderByDescending(r => r.Counts.OnTimeRate ?? -1)
        .ThenByDescending(r => r.Counts.Received)
        .ThenBy(r => r.Name, StringComparer.Ordinal)
        .ToList();

    private static DashboardRow Row(int id, string name, Dictionary<int, OnTimeCounts> flows) =>
        new(id, name, flows.GetValueOrDefault(id) ?? OnTimeCounts.None);

    private static Dictionary<int, OnTimeCounts> Flows<T>(IEnumerable<T> rows, Func<T, int> key, Func<T, OnTimeCounts> flows) => rows
        .GroupBy(key)
        .ToDictionary(g => g.Key, g => OnTimeCounts.Sum(g.Select(flows)));

    /// <summary>What the dashboard computes from the rollups; the units' names and order come from the scope.</summary>
    private sealed record Figures(
        OnTimeCounts Headline, IntakeCounts Intake, QualityCounts Quality, IReadOnlyList<DashboardRow> ByMonth,
        Dictionary<int, OnTimeCounts> ByUnit, IReadOnlyList<DashboardRow> ByField, IReadOnlyList<DashboardRow> ByProcedure);

    /// <summary>Summed rollup counters of a unit and month (month 0: every month before the period).</summary>
    private sealed record Counters(
        int UnitId, int Month, int Received, int Online, int Postal, int Early, int OnTime, int Late, int Closed,
        int DossiersWithSupplement, int ElectronicResults, int Ratings, int RatingsSatisfied, long WorkingDays)
    {
        public OnTimeCounts Flows => new(Received, Online, Early, OnTime, Late, 0, 0);
    }
}
