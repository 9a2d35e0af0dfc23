using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Infrastructure.Persistence;
using MotCua.Infrastructure.Seeding;

namespace MotCua.Infrastructure.Reporting;

/// <summary>
/// Fills the day rollups (per procedure, per unit and the histogram) once, for a database whose dossiers were counted before the day rows existed (the monthly
/// rollups have rows, the day rollups none). Replays every counted status change and rating of the dossier history
/// through the same rollup rules as a save (<see cref="RollupSums"/>), in dossier order, and inserts the day rows in one
/// transaction. Working days are counted with today's calendar, as the recount does.
/// </summary>
public sealed class DayRollupBackfill(AppDbContext db, IWorkingCalendarProvider calendars, ILogger<DayRollupBackfill> logger)
{
    private static readonly DossierStatus[] Counted =
    [
        DossierStatus.Accepted, DossierStatus.Refused, DossierStatus.Withdrawn, DossierStatus.Stopped,
        DossierStatus.SupplementRequested, DossierStatus.Resolved,
    ];

    public async Task RunIfNeededAsync(CancellationToken cancellationToken)
    {
        if (await db.DayRollups.AnyAsync(cancellationToken) || !await db.PeriodRollups.AnyAsync(cancellationToken))
        {
            return;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var calendar = await calendars.GetAsync(cancellationToken);
        var sums = new RollupSums();
        var transitions = db.Set<DossierTransition>().AsNoTracking()
            .Where(t => Counted.Contains(t.To))
            .Join(db.Dossiers.AsNoTracking(), t => t.DossierId, d => d.Id, (t, d) => new
            {
                t.DossierId, t.Id, t.From, t.To, t.At, d.ReceivingUnitId, d.ProcedureId, d.Channel, d.DeliveryMethod, d.ReceivedAt,
                d.Outcome, d.SupplementRequestCount, d.EffectiveFrom,
            })
            .OrderBy(t => t.DossierId).ThenBy(t => t.At).ThenBy(t => t.Id)
            .AsAsyncEnumerable();
        long dossierId = 0;
        var supplements = 0;
        await foreach (var t in transitions.WithCancellation(cancellationToken))
        {
            if (t.DossierId != dossierId)
            {
                (dossierId, supplements) = (t.DossierId, 0);
            }

            var facts = new RollupFacts(
                t.ReceivingUnitId, t.ProcedureId, t.Channel, t.DeliveryMethod, t.ReceivedAt, t.Outcome,
                t.Outcome == Timeliness.Late || t.SupplementRequestCount > 1);
            sums.Add(facts, new DossierMoved(t.From, t.To, t.At)
            {
                SupplementNumber = t.To == DossierStatus.SupplementRequested ? ++supplements : 0,
                WorkingDays = t.To == DossierStatus.Resolved && t.EffectiveFrom is { } from
                    ? Dossier.ProcessingWorkingDays(calendar, from, t.At)
                    : null,
            });
        }

        var ratings = db.Set<Rating>().AsNoTracking()
            .Join(db.Dossiers.AsNoTracking(), r => r.DossierId, d => d.Id, (r, d) => new { Rating = r, d.ReceivingUnitId, d.ProcedureId, d.Channel })
            .AsAsyncEnumerable();
        await foreach (var r in ratings.WithCancellation(cancellationToken))
        {
            sums.Add(new RollupFacts(r.ReceivingUnitId, r.ProcedureId, r.Channel, default, null, null, false), r.Rating);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inserter = new BulkInserter(db);
        await inserter.InsertAsync(sums.Days, transaction.GetDbTransaction(), cancellationToken);
        await inserter.InsertAsync(sums.DayProcessingTimes, transaction.GetDbTransaction(), cancellationToken);
        await inserter.InsertAsync(UnitDayRollup.Sum(sums.Days), transaction.GetDbTransaction(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation(
            "Day rollups filled from the dossier history: {Rows} rows in {Seconds:0.0} s", sums.Days.Count(), started.Elapsed.TotalSeconds);
    }
}
