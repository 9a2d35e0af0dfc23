using Microsoft.EntityFrameworkCore;
using MotCua.Application.Dossiers;
using MotCua.Domain.Dossiers;

namespace MotCua.Infrastructure.Persistence;

/// <summary>The last number handed out per unit per day.</summary>
public sealed class DossierCounter
{
    public int UnitId { get; set; }

    public DateOnly Day { get; set; }

    public int Last { get; set; }
}

/// <summary>
/// One atomic upsert per code. On SQLite the command's transaction is BEGIN IMMEDIATE, so writers queue on the
/// database lock; on SQL Server MERGE … HOLDLOCK serialises writers on the counter's key range.
/// </summary>
internal sealed class DossierCodeAllocator(AppDbContext db) : IDossierCodeAllocator
{
    public const string SqliteSql =
        """
        INSERT INTO "DossierCounters" ("UnitId", "Day", "Last") VALUES ({0}, {1}, 1)
        ON CONFLICT ("UnitId", "Day") DO UPDATE SET "Last" = "Last" + 1
        RETURNING "Last" AS "Value"
        """;

    public const string SqlServerSql =
        """
        MERGE [DossierCounters] WITH (HOLDLOCK) AS t
        USING (SELECT {0} AS UnitId, {1} AS Day) AS s ON t.UnitId = s.UnitId AND t.Day = s.Day
        WHEN MATCHED THEN UPDATE SET t.[Last] = t.[Last] + 1
        WHEN NOT MATCHED THEN INSERT ([UnitId], [Day], [Last]) VALUES (s.UnitId, s.Day, 1)
        OUTPUT inserted.[Last] AS [Value];
        """;

    public async Task<string> NextAsync(int unitId, string unitCode, DateOnly day, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlServer() ? SqlServerSql : SqliteSql;
        var numbers = await db.Database
            .SqlQueryRaw<int>(sql, unitId, day)
            .ToListAsync(cancellationToken);
        return DossierCode.Format(unitCode, day, numbers.Single());
    }
}
