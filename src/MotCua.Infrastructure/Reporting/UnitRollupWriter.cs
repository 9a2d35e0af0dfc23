using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Reporting;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Reporting;

/// <summary>Adds the period rollup increments, summed over procedures, to the per-unit monthly rows (same transaction).</summary>
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

    internal static string SqlServerUpsert => Upsert.SqlServer;

    public static void Apply(AppDbContext db, IEnumerable<PeriodRollup> deltas)
    {
        var sql = Upsert.For(db.Database.IsSqlServer());
        foreach (var d in ByUnit(deltas))
        {
            db.Database.ExecuteSqlRaw(sql, Values(d));
        }
    }

    public static async Task ApplyAsync(AppDbContext db, IEnumerable<PeriodRollup> deltas, CancellationToken cancellationToken)
    {
        var sql = Upsert.For(db.Database.IsSqlServer());
        foreach (var d in ByUnit(deltas))
        {
            await db.Database.ExecuteSqlRawAsync(sql, Values(d), cancellationToken);
        }
    }

    /// <summary>The deltas summed per unit, month and channel; sums with nothing kept here are left out.</summary>
    private static IEnumerable<UnitMonthRollup> ByUnit(IEnumerable<PeriodRollup> deltas) => deltas
        .GroupBy(d => (d.UnitId, d.Month, d.Channel))
        .Select(g => new UnitMonthRollup
        {
            UnitId = g.Key.UnitId,
            Month = g.Key.Month,
            Channel = g.Key.Channel,
            Received = g.Sum(d => d.Received),
            ResolvedEarly = g.Sum(d => d.ResolvedEarly),
            ResolvedOnTime = g.Sum(d => d.ResolvedOnTime),
            ResolvedLate = g.Sum(d => d.ResolvedLate),
            ClosedWithoutResult = g.Sum(d => d.ClosedWithoutResult),
            DossiersWithSupplement = g.Sum(d => d.DossiersWithSupplement),
            ElectronicResults = g.Sum(d => d.ElectronicResults),
            ProcessingWorkingDays = g.Sum(d => d.ProcessingWorkingDays),
            Ratings = g.Sum(d => d.Ratings),
            RatingsSatisfied = g.Sum(d => d.RatingsSatisfied),
        })
        .Where(u => u.Received != 0 || u.ResolvedEarly != 0 || u.ResolvedOnTime != 0 || u.ResolvedLate != 0
            || u.ClosedWithoutResult != 0 || u.DossiersWithSupplement != 0 || u.ElectronicResults != 0
            || u.ProcessingWorkingDays != 0 || u.Ratings != 0 || u.RatingsSatisfied != 0);

    private static object[] Values(UnitMonthRollup d) =>
    [
        d.UnitId, d.Month, (int)d.Channel, d.Received, d.ResolvedEarly, d.ResolvedOnTime, d.ResolvedLate, d.ClosedWithoutResult,
        d.DossiersWithSupplement, d.ElectronicResults, d.ProcessingWorkingDays, d.Ratings, d.RatingsSatisfied,
    ];
}
