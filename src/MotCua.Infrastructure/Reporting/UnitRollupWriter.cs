using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Reporting;

/// <summary>Adds the period rollup increments, summed over procedures, to the per-unit monthly rows (same transaction).</summary>
internal static class UnitRollupWriter
{
    private const string SqliteUpsert =
        """
        INSERT INTO "UnitMonthRollups" ("UnitId", "Month", "Channel", "Received", "ResolvedEarly", "ResolvedOnTime", "ResolvedLate", "ClosedWithoutResult")
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})
        ON CONFLICT ("UnitId", "Month", "Channel") DO UPDATE SET
        "Received" = "Received" + excluded."Received", "ResolvedEarly" = "ResolvedEarly" + excluded."ResolvedEarly",
        "ResolvedOnTime" = "ResolvedOnTime" + excluded."ResolvedOnTime", "ResolvedLate" = "ResolvedLate" + excluded."ResolvedLate",
        "ClosedWithoutResult" = "ClosedWithoutResult" + excluded."ClosedWithoutResult"
        """;

    private const string SqlServerUpsert =
        """
        MERGE [UnitMonthRollups] WITH (HOLDLOCK) AS t
        USING (SELECT {0} AS [UnitId], {1} AS [Month], {2} AS [Channel], {3} AS [Received], {4} AS [ResolvedEarly],
            {5} AS [ResolvedOnTime], {6} AS [ResolvedLate], {7} AS [ClosedWithoutResult]) AS s
        ON t.[UnitId] = s.[UnitId] AND t.[Month] = s.[Month] AND t.[Channel] = s.[Channel]
        WHEN MATCHED THEN UPDATE SET t.[Received] = t.[Received] + s.[Received], t.[ResolvedEarly] = t.[ResolvedEarly] + s.[ResolvedEarly],
            t.[ResolvedOnTime] = t.[ResolvedOnTime] + s.[ResolvedOnTime], t.[ResolvedLate] = t.[ResolvedLate] + s.[ResolvedLate],
            t.[ClosedWithoutResult] = t.[ClosedWithoutResult] + s.[ClosedWithoutResult]
        WHEN NOT MATCHED THEN INSERT ([UnitId], [Month], [Channel], [Received], [ResolvedEarly], [ResolvedOnTime], [ResolvedLate], [ClosedWithoutResult])
            VALUES (s.[UnitId], s.[Month], s.[Channel], s.[Received], s.[ResolvedEarly], s.[ResolvedOnTime], s.[ResolvedLate], s.[ClosedWithoutResult]);
        """;

    public static void Apply(AppDbContext db, IReadOnlyList<PeriodRollup> deltas)
    {
        var sql = db.Database.IsSqlServer() ? SqlServerUpsert : SqliteUpsert;
        foreach (var d in ByUnit(deltas))
        {
            db.Database.ExecuteSqlRaw(sql, Values(d));
        }
    }

    public static async Task ApplyAsync(AppDbContext db, IReadOnlyList<PeriodRollup> deltas, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlServer() ? SqlServerUpsert : SqliteUpsert;
        foreach (var d in ByUnit(deltas))
        {
            await db.Database.ExecuteSqlRawAsync(sql, Values(d), cancellationToken);
        }
    }

    /// <summary>Only the deltas that touch a counter kept here, summed per unit, month and channel.</summary>
    private static IEnumerable<UnitMonthRollup> ByUnit(IReadOnlyList<PeriodRollup> deltas) => deltas
        .Where(d => d.Received != 0 || d.ResolvedEarly != 0 || d.ResolvedOnTime != 0 || d.ResolvedLate != 0 || d.ClosedWithoutResult != 0)
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
        });

    private static object[] Values(UnitMonthRollup d) =>
        [d.UnitId, d.Month, (int)d.Channel, d.Received, d.ResolvedEarly, d.ResolvedOnTime, d.ResolvedLate, d.ClosedWithoutResult];
}
