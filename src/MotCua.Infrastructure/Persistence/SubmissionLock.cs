using Microsoft.EntityFrameworkCore;
using MotCua.Application.Submissions;

namespace MotCua.Infrastructure.Persistence;

/// <summary>
/// On SQL Server an exclusive application lock on the key, owned by the transaction (released at commit or
/// rollback). SQLite needs none: the command's transaction is BEGIN IMMEDIATE, so writers already run one at a time.
/// </summary>
internal sealed class SubmissionLock(AppDbContext db) : ISubmissionLock
{
    public const string SqlServerSql =
        """
        DECLARE @result int;
        EXEC @result = sp_getapplock @Resource = {0}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 15000;
        SELECT @result AS [Value];
        """;

    public async Task AcquireAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlServer())
        {
            return;
        }

        var result = await db.Database
            .SqlQueryRaw<int>(SqlServerSql, "motcua:submission:" + idempotencyKey)
            .ToListAsync(cancellationToken);
        if (result.Single() < 0)
        {
            throw new TimeoutException("Could not lock the idempotency key in time.");
        }
    }
}
