using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Reporting;

/// <summary>
/// Keeps <see cref="PendingByDueDay"/> exact: compares each saved dossier's pending key before the change (the
/// tracker's original values) with the key after it, and applies the differences with atomic upserts inside the
/// saving transaction. Working from the values rather than from status events also catches a due date moved
/// without a status change.
/// </summary>
internal static class PendingCountWriter
{
    private const string SqliteUpsert =
        """
        INSERT INTO "PendingByDueDays" ("UnitId", "DueDate", "Count") VALUES ({0}, {1}, {2})
        ON CONFLICT ("UnitId", "DueDate") DO UPDATE SET "Count" = "Count" + excluded."Count"
        """;

    private const string SqlServerUpsert =
        """
        MERGE [PendingByDueDays] WITH (HOLDLOCK) AS t
        USING (SELECT {0} AS [UnitId], {1} AS [DueDate], {2} AS [Count]) AS s
        ON t.[UnitId] = s.[UnitId] AND t.[DueDate] = s.[DueDate]
        WHEN MATCHED THEN UPDATE SET t.[Count] = t.[Count] + s.[Count]
        WHEN NOT MATCHED THEN INSERT ([UnitId], [DueDate], [Count]) VALUES (s.[UnitId], s.[DueDate], s.[Count]);
        """;

    // Emptied counters go, so the sums only ever walk the days that still have pending dossiers.
    private const string SqliteDeleteEmpty =
        """DELETE FROM "PendingByDueDays" WHERE "UnitId" = {0} AND "DueDate" = {1} AND "Count" = 0""";

    private const string SqlServerDeleteEmpty =
        "DELETE FROM [PendingByDueDays] WHERE [UnitId] = {0} AND [DueDate] = {1} AND [Count] = 0";

    /// <summary>The counter changes implied by the tracked dossiers about to be saved.</summary>
    public static List<PendingByDueDay> TakeDeltas(AppDbContext db)
    {
        var sums = new PendingSums();
        foreach (var entry in db.ChangeTracker.Entries<Dossier>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var before = entry.State == EntityState.Added
                ? null
                : PendingByDueDay.KeyOf(
                    entry.Property(d => d.Status).OriginalValue,
                    entry.Property(d => d.DueDate).OriginalValue,
                    entry.Property(d => d.ReceivingUnitId).OriginalValue);
            var after = entry.State == EntityState.Deleted
                ? null
                : PendingByDueDay.KeyOf(entry.Entity.Status, entry.Entity.DueDate, entry.Entity.ReceivingUnitId);
            sums.Move(before, after);
        }

        return sums.ToList();
    }

    public static void Apply(AppDbContext db, IReadOnlyList<PendingByDueDay> deltas)
    {
        var (upsert, deleteEmpty) = SqlFor(db);
        foreach (var d in deltas)
        {
            db.Database.ExecuteSqlRaw(upsert, d.UnitId, d.DueDate, d.Count);
            if (d.Count < 0)
            {
                db.Database.ExecuteSqlRaw(deleteEmpty, d.UnitId, d.DueDate);
            }
        }
    }

    public static async Task ApplyAsync(AppDbContext db, IReadOnlyList<PendingByDueDay> deltas, CancellationToken cancellationToken)
    {
        var (upsert, deleteEmpty) = SqlFor(db);
        foreach (var d in deltas)
        {
            await db.Database.ExecuteSqlRawAsync(upsert, [d.UnitId, d.DueDate, d.Count], cancellationToken);
            if (d.Count < 0)
            {
                await db.Database.ExecuteSqlRawAsync(deleteEmpty, [d.UnitId, d.DueDate], cancellationToken);
            }
        }
    }

    private static (string Upsert, string DeleteEmpty) SqlFor(AppDbContext db) =>
        db.Database.IsSqlServer() ? (SqlServerUpsert, SqlServerDeleteEmpty) : (SqliteUpsert, SqliteDeleteEmpty);
}

/// <summary>Pending counter changes summed per unit and due date; keys whose changes cancel out are dropped.</summary>
internal sealed class PendingSums
{
    private readonly Dictionary<(int UnitId, DateOnly DueDate), int> _sums = [];

    /// <summary>A dossier written for the first time (the seeder's bulk path): counted where it stands now.</summary>
    public void AddNew(Dossier dossier) =>
        Move(null, PendingByDueDay.KeyOf(dossier.Status, dossier.DueDate, dossier.ReceivingUnitId));

    public void Move((int UnitId, DateOnly DueDate)? before, (int UnitId, DateOnly DueDate)? after)
    {
        if (before == after)
        {
            return;
        }

        if (before is { } from)
        {
            _sums[from] = _sums.GetValueOrDefault(from) - 1;
        }

        if (after is { } to)
        {
            _sums[to] = _sums.GetValueOrDefault(to) + 1;
        }
    }

    public List<PendingByDueDay> ToList() =>
    [
        .. _sums.Where(s => s.Value != 0)
            .Select(s => new PendingByDueDay { UnitId = s.Key.UnitId, DueDate = s.Key.DueDate, Count = s.Value }),
    ];
}
