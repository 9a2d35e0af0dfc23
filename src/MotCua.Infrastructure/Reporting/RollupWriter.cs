using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Reporting;

/// <summary>
/// Turns the status changes of the dossiers being saved into increments of their period rollups, summed per key
/// and applied with one atomic upsert per key inside the saving transaction.
/// </summary>
internal static class RollupWriter
{
    private static readonly string[] Counters =
    [
        nameof(PeriodRollup.Received), nameof(PeriodRollup.Refused), nameof(PeriodRollup.ResolvedEarly),
        nameof(PeriodRollup.ResolvedOnTime), nameof(PeriodRollup.ResolvedLate), nameof(PeriodRollup.ClosedWithoutResult),
        nameof(PeriodRollup.SupplementRequests), nameof(PeriodRollup.Returned), nameof(PeriodRollup.ProcessingMinutes),
        nameof(PeriodRollup.Ratings), nameof(PeriodRollup.RatingsSatisfied),
    ];

    private static readonly string[] Keys =
        [nameof(PeriodRollup.UnitId), nameof(PeriodRollup.ProcedureId), nameof(PeriodRollup.Month), nameof(PeriodRollup.Channel)];

    private static readonly string SqliteUpsert =
        $"""
        INSERT INTO "PeriodRollups" ({string.Join(", ", Keys.Concat(Counters).Select(c => $"\"{c}\""))})
        VALUES ({string.Join(", ", Keys.Concat(Counters).Select((_, i) => $"{{{i}}}"))})
        ON CONFLICT ({string.Join(", ", Keys.Select(c => $"\"{c}\""))}) DO UPDATE SET
        {string.Join(", ", Counters.Select(c => $"\"{c}\" = \"{c}\" + excluded.\"{c}\""))}
        """;

    internal static readonly string SqlServerUpsert =
        $"""
        MERGE [PeriodRollups] WITH (HOLDLOCK) AS t
        USING (SELECT {string.Join(", ", Keys.Concat(Counters).Select((c, i) => $"{{{i}}} AS [{c}]"))}) AS s
        ON {string.Join(" AND ", Keys.Select(c => $"t.[{c}] = s.[{c}]"))}
        WHEN MATCHED THEN UPDATE SET {string.Join(", ", Counters.Select(c => $"t.[{c}] = t.[{c}] + s.[{c}]"))}
        WHEN NOT MATCHED THEN INSERT ({string.Join(", ", Keys.Concat(Counters).Select(c => $"[{c}]"))})
        VALUES ({string.Join(", ", Keys.Concat(Counters).Select(c => $"s.[{c}]"))});
        """;

    /// <summary>Collects and clears the pending status changes of tracked dossiers.</summary>
    public static List<PeriodRollup> TakeDeltas(AppDbContext db)
    {
        var sums = new RollupSums();
        foreach (var entry in db.ChangeTracker.Entries<Dossier>())
        {
            sums.Take(entry.Entity);
        }

        return sums.ToList();
    }

    public static async Task ApplyAsync(AppDbContext db, IReadOnlyList<PeriodRollup> deltas, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlServer() ? SqlServerUpsert : SqliteUpsert;
        foreach (var d in deltas)
        {
            object[] values =
            [
                d.UnitId, d.ProcedureId, d.Month, (int)d.Channel,
                d.Received, d.Refused, d.ResolvedEarly, d.ResolvedOnTime, d.ResolvedLate, d.ClosedWithoutResult,
                d.SupplementRequests, d.Returned, d.ProcessingMinutes, d.Ratings, d.RatingsSatisfied,
            ];
            await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
        }
    }
}

/// <summary>Rollup increments summed per key.</summary>
internal sealed class RollupSums
{
    private readonly Dictionary<(int, int, int, Channel), PeriodRollup> _sums = [];

    /// <summary>Adds the dossier's pending status changes and clears them.</summary>
    public void Take(Dossier dossier)
    {
        foreach (var moved in dossier.Events)
        {
            if (PeriodRollup.DeltaFor(dossier, moved) is not { } delta)
            {
                continue;
            }

            var key = (delta.UnitId, delta.ProcedureId, delta.Month, delta.Channel);
            if (_sums.TryGetValue(key, out var sum))
            {
                sum.Add(delta);
            }
            else
            {
                _sums[key] = delta;
            }
        }

        dossier.ClearEvents();
    }

    public List<PeriodRollup> ToList() => [.. _sums.Values];
}
