using MotCua.Domain.Reporting;

namespace MotCua.Infrastructure.Reporting;

/// <summary>The period and day rollup increments summed over procedures: the per-unit monthly and daily rows.</summary>
internal static class UnitRollupWriter
{
    private static readonly UpsertStatement Upsert = new(
        "UnitMonthRollups",
        [nameof(UnitMonthRollup.UnitId), nameof(UnitMonthRollup.Month), nameof(UnitMonthRollup.Channel)],
        [
            nameof(UnitMonthRollup.Received), nameof(UnitMonthRollup.ResolvedEarly), nameof(UnitMonthRollup.ResolvedOnTime),
            nameof(UnitMonthRollup.ResolvedLate), nameof(UnitMonthRollup.ClosedWithoutResult),
            nameof(UnitMonthRollup.DossiersWithSupplement), nameof(UnitMonthRollup.ElectronicResults),
            nameof(UnitMonthRollup.ProcessingWorkingDays), nameof(UnitMonthRollup.Ratings), nameof(UnitMonthRollup.RatingsSatisfied),
        ]);

    private static readonly UpsertStatement DayUpsert = new(
        "UnitDayRollups",
        [nameof(UnitDayRollup.UnitId), nameof(UnitDayRollup.Day), nameof(UnitDayRollup.Channel)],
        [
            nameof(UnitDayRollup.Received), nameof(UnitDayRollup.ResolvedEarly), nameof(UnitDayRollup.ResolvedOnTime),
            nameof(UnitDayRollup.ResolvedLate), nameof(UnitDayRollup.ClosedWithoutResult),
            nameof(UnitDayRollup.DossiersWithSupplement), nameof(UnitDayRollup.ElectronicResults),
            nameof(UnitDayRollup.ProcessingWorkingDays), nameof(UnitDayRollup.Ratings), nameof(UnitDayRollup.RatingsSatisfied),
        ]);

    internal static string SqlServerUpsert => Upsert.SqlServer;

    /// <summary>The upserts of the per-unit rows; <see cref="RollupWriter"/> runs them after its own.</summary>
    public static IEnumerable<(string Sql, object[] Values)> Statements(bool sqlServer, RollupSums deltas)
    {
        foreach (var d in ByUnit(deltas.Periods))
        {
            yield return (Upsert.For(sqlServer), Values(d));
        }

        foreach (var d in UnitDayRollup.Sum(deltas.Days))
        {
            yield return (DayUpsert.For(sqlServer),
            [
                d.UnitId, d.Day, (int)d.Channel, d.Received, d.ResolvedEarly, d.ResolvedOnTime, d.ResolvedLate, d.ClosedWithoutResult,
                d.DossiersWithSupplement, d.ElectronicResults, d.ProcessingWorkingDays, d.Ratings, d.RatingsSatisfied,
            ]);
        }
    }

    /// <summary>The deltas summed per unit, month and channel; sums with nothing kept here are left out.</summary>
    private static IEnumerable<UnitMonthRollup> ByUnit(IEnumerable<PeriodRollup> deltas) => deltas
        .GroupBy(d => (d.UnitId, d.Month, d.Channel))
        .Select(g => RollupCounters.Total(new UnitMonthRollup { UnitId = g.Key.UnitId, Month = g.Key.Month, Channel = g.Key.Channel }, g))
        .Where(u => !u.HasNoCounts);

    private static object[] Values(UnitMonthRollup d) =>
    [
        d.UnitId, d.Month, (int)d.Channel, d.Received, d.ResolvedEarly, d.ResolvedOnTime, d.ResolvedLate, d.ClosedWithoutResult,
        d.DossiersWithSupplement, d.ElectronicResults, d.ProcessingWorkingDays, d.Ratings, d.RatingsSatisfied,
    ];
}
