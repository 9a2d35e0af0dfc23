using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MotCua.Application.Common.Files;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Maintenance;

/// <summary>What one purge removed.</summary>
public sealed record PurgeResult(int FilesDeleted, int IdempotencyRowsDeleted);

/// <summary>
/// Deletes uploaded files that no dossier (nor a procedure paper's form template) holds once they are old enough to be abandoned, and idempotency rows past
/// their retention. Runs outside any command transaction: it reads the store in batches and never locks the database
/// for longer than one batch's lookup.
/// </summary>
public sealed partial class AbandonedDataPurger(
    AppDbContext db, IFileStore store, IOptions<MaintenanceOptions> options, ILogger<AbandonedDataPurger> logger)
{
    private const int BatchSize = 500;

    public async Task<PurgeResult> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = now - settings.AbandonedUploadAge;
        store.PurgeTemporaryBefore(cutoff);

        var filesDeleted = 0;
        foreach (var batch in store.ListStoredBefore(cutoff).Chunk(BatchSize))
        {
            var held = await db.Set<DossierFile>().AsNoTracking()
                .Where(f => batch.Contains(f.StoredName))
                .Select(f => f.StoredName)
                .ToListAsync(cancellationToken);
            held.AddRange(await db.Set<ProcedurePaper>().AsNoTracking()
                .Where(p => p.TemplateStoredName != null && batch.Contains(p.TemplateStoredName))
                .Select(p => p.TemplateStoredName!)
                .ToListAsync(cancellationToken));
            foreach (var name in batch.Except(held))
            {
                store.Delete(name);
                filesDeleted++;
            }
        }

        var retention = now - settings.IdempotencyRetention;
        var rowsDeleted = await db.SubmissionIdempotencies
            .Where(i => i.CreatedAt < retention)
            .ExecuteDeleteAsync(cancellationToken);

        LogPurged(logger, filesDeleted, rowsDeleted);
        return new PurgeResult(filesDeleted, rowsDeleted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purge: {Files} abandoned files, {Rows} expired idempotency keys deleted")]
    private static partial void LogPurged(ILogger logger, int files, int rows);
}
