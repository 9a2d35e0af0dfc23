using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Reporting;

/// <summary>
/// Turns the status changes (and ratings) of the dossiers being saved into increments of their period rollups and
/// processing-time histogram, summed per key and applied with one atomic upsert per key inside the saving transaction.
/// </summary>
internal static class RollupWriter
{
    private static readonly UpsertStatement Periods = new(
        "PeriodRollups",
        [nameof(PeriodRollup.UnitId), nameof(PeriodRollup.ProcedureId), nameof(PeriodRollup.Month), nameof(PeriodRollup.Channel)],
        [
            nameof(PeriodRollup.Received), nameof(PeriodRollup.Refused), nameof(PeriodRollup.ResolvedEarly),
            nameof(PeriodRollup.ResolvedOnTime), nameof(PeriodRollup.ResolvedLate), nameof(PeriodRollup.ClosedWithoutResult),
            nameof(PeriodRollup.SupplementRequests), nameof(PeriodRollup.Returned), nameof(PeriodRollup.ProcessingMinutes),
            nameof(PeriodRollup.Ratings), nameof(PeriodRollup.RatingsSatisfied), nameof(PeriodRollup.DossiersWithSupplement),
            nameof(PeriodRollup.ElectronicResults), nameof(PeriodRollup.ProcessingWorkingDays),
        ]);

    private static readonly UpsertStatement ProcessingTimes = new(
        "ProcessingTimeRollups",
        [nameof(ProcessingTimeRollup.UnitId), nameof(ProcessingTimeRollup.Month), nameof(ProcessingTimeRollup.WorkingDays)],
        [nameof(ProcessingTimeRollup.Resolved)]);

    private static readonly UpsertStatement Stamps = new("RollupStamps", [nameof(RollupStamp.UnitId)], [nameof(RollupStamp.Version)]);

    internal static string SqlServerUpsert => Periods.SqlServer;

    internal static string SqlServerHistogramUpsert => ProcessingTimes.SqlServer;

    /// <summary>Collects and clears the pending status changes of tracked dossiers.</summary>
    public static RollupSums TakeDeltas(AppDbContext db)
    {
        var sums = new RollupSums();
        foreach (var entry in db.ChangeTracker.Entries<Dossier>())
        {
            sums.Take(entry.Entity);
        }

        return sums;
    }

    public static void Apply(AppDbContext db, RollupSums deltas)
    {
        foreach (var (sql, values) in Statements(db, deltas))
        {
            db.Database.ExecuteSqlRaw(sql, values);
        }
    }

    public static async Task ApplyAsync(AppDbContext db, RollupSums deltas, CancellationToken cancellationToken)
    {
        foreach (var (sql, values) in Statements(db, deltas))
        {
            await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
        }
    }

    /// <summary>The units whose figures the changes touch.</summary>
    public static IReadOnlyList<int> UnitsOf(RollupSums deltas, IEnumerable<PendingByDueDay> pending) =>
        [.. deltas.Periods.Select(d => d.UnitId).Concat(deltas.ProcessingTimes.Select(h => h.UnitId)).Concat(pending.Select(p => p.UnitId)).Distinct()];

    /// <summary>Raises the <see cref="RollupStamp"/> of each unit, in the saving transaction.</summary>
    public static void Stamp(AppDbContext db, IEnumerable<int> unitIds)
    {
        foreach (var unitId in unitIds)
        {
            db.Database.ExecuteSqlRaw(Stamps.For(db.Database.IsSqlServer()), unitId, 1L);
        }
    }

    public static async Task StampAsync(AppDbContext db, IEnumerable<int> unitIds, CancellationToken cancellationToken)
    {
        foreach (var unitId in unitIds)
        {
            await db.Database.ExecuteSqlRawAsync(Stamps.For(db.Database.IsSqlServer()), [unitId, 1L], cancellationToken);
        }
    }

    private static IEnumerable<(string Sql, object[] Values)> Statements(AppDbContext db, RollupSums deltas)
    {
        var sqlServer = db.Database.IsSqlServer();
        foreach (var d in deltas.Periods)
        {
            yield return (Periods.For(sqlServer),
            [
                d.UnitId, d.ProcedureId, d.Month, (int)d.Channel,
                d.Received, d.Refused, d.ResolvedEarly, d.ResolvedOnTime, d.ResolvedLate, d.ClosedWithoutResult,
                d.SupplementRequests, d.Returned, d.ProcessingMinutes, d.Ratings, d.RatingsSatisfied,
                d.DossiersWithSupplement, d.ElectronicResults, d.ProcessingWorkingDays,
            ]);
        }

        foreach (var h in deltas.ProcessingTimes)
        {
            yield return (ProcessingTimes.For(sqlServer), [h.UnitId, h.Month, h.WorkingDays, h.Resolved]);
        }
    }
}

/// <summary>An "add these counters, inserting the row if missing" statement for both providers.</summary>
internal sealed class UpsertStatement(string table, string[] keys, string[] counters)
{
    public string Sqlite { get; } =
        $"""
        INSERT INTO "{table}" ({string.Join(", ", keys.Concat(counters).Select(c => $"\"{c}\""))})
        VALUES ({string.Join(", ", keys.Concat(counters).Select((_, i) => $"{{{i}}}"))})
        ON CONFLICT ({string.Join(", ", keys.Select(c => $"\"{c}\""))}) DO UPDATE SET
        {string.Join(", ", counters.Select(c => $"\"{c}\" = \"{c}\" + excluded.\"{c}\""))}
        """;

    public string SqlServer { get; } =
        $"""
        MERGE [{table}] WITH (HOLDLOCK) AS t
        USING (SELECT {string.Join(", ", keys.Concat(counters).Select((c, i) => $"{{{i}}} AS [{c}]"))}) AS s
        ON {string.Join(" AND ", keys.Select(c => $"t.[{c}] = s.[{c}]"))}
        WHEN MATCHED THEN UPDATE SET {string.Join(", ", counters.Select(c => $"t.[{c}] = t.[{c}] + s.[{c}]"))}
        WHEN NOT MATCHED THEN INSERT ({string.Join(", ", keys.Concat(counters).Select(c => $"[{c}]"))})
        VALUES ({string.Join(", ", keys.Concat(counters).Select(c => $"s.[{c}]"))});
        """;

    public string For(bool sqlServer) => sqlServer ? SqlServer : Sqlite;
}

/// <summary>Rollup increments summed per key.</summary>
internal sealed class RollupSums
{
    private readonly Dictionary<(int, int, int, Channel), PeriodRollup> _periods = [];
    private readonly Dictionary<(int, int, int), ProcessingTimeRollup> _processingTimes = [];

    public int Count => _periods.Count + _processingTimes.Count;

    public IEnumerable<PeriodRollup> Periods => _periods.Values;

    public IEnumerable<ProcessingTimeRollup> ProcessingTimes => _processingTimes.Values;

    /// <summary>Adds the dossier's pending status changes and new rating, and clears them.</summary>
    public void Take(Dossier dossier)
    {
        foreach (var moved in dossier.Events)
        {
            Add(PeriodRollup.DeltaFor(dossier, moved));
            if (ProcessingTimeRollup.DeltaFor(dossier, moved) is { } bucket)
            {
                var key = (bucket.UnitId, bucket.Month, bucket.WorkingDays);
                if (_processingTimes.TryGetValue(key, out var sum))
                {
                    sum.Resolved += bucket.Resolved;
                }
                else
                {
                    _processingTimes[key] = bucket;
                }
            }
        }

        if (dossier.NewRating is { } rating)
        {
            Add(PeriodRollup.DeltaFor(dossier, rating));
        }

        dossier.ClearEvents();
    }

    private void Add(PeriodRollup? delta)
    {
        if (delta is null)
        {
            return;
        }

        var key = (delta.UnitId, delta.ProcedureId, delta.Month, delta.Channel);
        if (_periods.TryGetValue(key, out var sum))
        {
            sum.Add(delta);
        }
        else
        {
            _periods[key] = delta;
        }
    }
}
