using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Reporting;

/// <summary>
/// Turns the status changes (and ratings) of the dossiers being saved into increments of their period rollups (per
/// procedure and per unit, by month and by day) and processing-time histograms, summed per key and applied with one
/// atomic upsert per key inside the saving transaction.
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

    private static readonly UpsertStatement Days = new(
        "DayRollups",
        [nameof(DayRollup.UnitId), nameof(DayRollup.ProcedureId), nameof(DayRollup.Day), nameof(DayRollup.Channel)],
        [
            nameof(DayRollup.Received), nameof(DayRollup.ResolvedEarly), nameof(DayRollup.ResolvedOnTime),
            nameof(DayRollup.ResolvedLate), nameof(DayRollup.ClosedWithoutResult), nameof(DayRollup.DossiersWithSupplement),
            nameof(DayRollup.ElectronicResults), nameof(DayRollup.ProcessingWorkingDays), nameof(DayRollup.Ratings),
            nameof(DayRollup.RatingsSatisfied),
        ]);

    private static readonly UpsertStatement DayProcessingTimes = new(
        "ProcessingTimeDayRollups",
        [nameof(ProcessingTimeDayRollup.UnitId), nameof(ProcessingTimeDayRollup.Day), nameof(ProcessingTimeDayRollup.WorkingDays)],
        [nameof(ProcessingTimeDayRollup.Resolved)]);

    private static readonly UpsertStatement Stamps = new("RollupStamps", [nameof(RollupStamp.UnitId)], [nameof(RollupStamp.Version)]);

    internal static string SqlServerUpsert => Periods.SqlServer;

    internal static string SqlServerHistogramUpsert => ProcessingTimes.SqlServer;

    internal static string SqlServerDayUpsert => Days.SqlServer;

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

        foreach (var d in deltas.Days)
        {
            yield return (Days.For(sqlServer),
            [
                d.UnitId, d.ProcedureId, d.Day, (int)d.Channel, d.Received, d.ResolvedEarly, d.ResolvedOnTime, d.ResolvedLate,
                d.ClosedWithoutResult, d.DossiersWithSupplement, d.ElectronicResults, d.ProcessingWorkingDays, d.Ratings,
                d.RatingsSatisfied,
            ]);
        }

        foreach (var h in deltas.DayProcessingTimes)
        {
            yield return (DayProcessingTimes.For(sqlServer), [h.UnitId, h.Day, h.WorkingDays, h.Resolved]);
        }

        foreach (var statement in UnitRollupWriter.Statements(sqlServer, deltas))
        {
            yield return statement;
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

/// <summary>Rollup increments summed per key: per month and, for custom ranges, per day.</summary>
internal sealed class RollupSums
{
    private readonly Dictionary<(int, int, int, Channel), PeriodRollup> _periods = [];
    private readonly Dictionary<(int, int, int), ProcessingTimeRollup> _processingTimes = [];
    private readonly Dictionary<(int, int, int, Channel), DayRollup> _days = [];
    private readonly Dictionary<(int, int, int), ProcessingTimeDayRollup> _dayProcessingTimes = [];

    public int Count => _periods.Count + _processingTimes.Count + _days.Count + _dayProcessingTimes.Count;

    public IEnumerable<PeriodRollup> Periods => _periods.Values;

    public IEnumerable<ProcessingTimeRollup> ProcessingTimes => _processingTimes.Values;

    public IEnumerable<DayRollup> Days => _days.Values;

    public IEnumerable<ProcessingTimeDayRollup> DayProcessingTimes => _dayProcessingTimes.Values;

    /// <summary>Adds the dossier's pending status changes and new rating, and clears them.</summary>
    public void Take(Dossier dossier)
    {
        var facts = RollupFacts.Of(dossier);
        foreach (var moved in dossier.Events)
        {
            Add(facts, moved);
        }

        if (dossier.NewRating is { } rating)
        {
            Add(facts, rating);
        }

        dossier.ClearEvents();
    }

    /// <summary>Adds one status change of a dossier in the state <paramref name="facts"/>.</summary>
    public void Add(RollupFacts facts, DossierMoved moved)
    {
        if (PeriodRollup.DeltaFor(facts, moved) is { } delta)
        {
            Add(delta, moved.At);
        }

        if (ProcessingTimeRollup.DeltaFor(facts.UnitId, moved) is { } bucket)
        {
            Sum(_processingTimes, (bucket.UnitId, bucket.Month, bucket.WorkingDays), bucket, (sum, b) => sum.Resolved += b.Resolved);
            var day = new ProcessingTimeDayRollup
            {
                UnitId = bucket.UnitId, Day = DayRollup.DayOf(moved.At), WorkingDays = bucket.WorkingDays, Resolved = bucket.Resolved,
            };
            Sum(_dayProcessingTimes, (day.UnitId, day.Day, day.WorkingDays), day, (sum, b) => sum.Resolved += b.Resolved);
        }
    }

    public void Add(RollupFacts facts, Rating rating) => Add(PeriodRollup.DeltaFor(facts, rating), rating.RatedAt);

    private void Add(PeriodRollup delta, DateTimeOffset at)
    {
        Sum(_periods, (delta.UnitId, delta.ProcedureId, delta.Month, delta.Channel), delta, (sum, d) => sum.Add(d));
        if (DayRollup.Of(delta, at) is { } day)
        {
            Sum(_days, (day.UnitId, day.ProcedureId, day.Day, day.Channel), day, (sum, d) => sum.Add(d));
        }
    }

    private static void Sum<TKey, T>(Dictionary<TKey, T> sums, TKey key, T increment, Action<T, T> add)
        where TKey : notnull
    {
        if (sums.TryGetValue(key, out var sum))
        {
            add(sum, increment);
        }
        else
        {
            sums[key] = increment;
        }
    }
}
