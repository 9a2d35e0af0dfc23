using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Reports;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dashboard;

/// <summary>
/// The public scoreboard (/cong-khai): per receiving unit, this year's dossiers received and resolved, the on-time
/// rate (Decision 766, pending dossiers as of today included) and satisfaction. Counters only, no personal data;
/// from the rollups and the pending-only index.
/// </summary>
public sealed record GetScoreboard : IQuery<ScoreboardView>;

public sealed record ScoreboardRow(string UnitName, string? SuccessorName, OnTimeCounts Counts, int Ratings, int RatingsSatisfied)
{
    public double? SatisfactionRate => Ratings > 0 ? (double)RatingsSatisfied / Ratings : null;
}

public sealed record ScoreboardView(int Year, DateOnly Today, IReadOnlyList<ScoreboardRow> Rows);

internal sealed class GetScoreboardHandler(IAppDbContext db, Catalog.PublicStamps stamps, RollupFigureCache figureCache, TimeProvider clock)
    : IQueryHandler<GetScoreboard, ScoreboardView>
{
    /// <summary>Computed once per day until any unit's rollups change (a public page: every visitor sees the same).</summary>
    public async ValueTask<ScoreboardView> Handle(GetScoreboard query, CancellationToken cancellationToken)
    {
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        return await figureCache.GetForAllUnitsAtStampAsync(
            await stamps.RollupsAsync(cancellationToken), today, () => ComputeAsync(today, cancellationToken));
    }

    private async Task<ScoreboardView> ComputeAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var (from, to) = (today.Year * 100 + 1, today.Year * 100 + 12);
        var flows = await db.UnitMonthRollups.AsNoTracking()
            .Where(r => r.Month >= from && r.Month <= to)
            .GroupBy(r => r.UnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Received = g.Sum(r => r.Received),
                Online = g.Sum(r => r.Channel == Channel.Online ? r.Received : 0),
                Early = g.Sum(r => r.ResolvedEarly),
                OnTime = g.Sum(r => r.ResolvedOnTime),
                Late = g.Sum(r => r.ResolvedLate),
                Ratings = g.Sum(r => r.Ratings),
                Satisfied = g.Sum(r => r.RatingsSatisfied),
            })
            .ToDictionaryAsync(f => f.UnitId, cancellationToken);
        var pending = await db.PendingByDueDays.AsNoTracking()
            .GroupBy(p => new { ReceivingUnitId = p.UnitId, Overdue = p.DueDate < today })
            .Select(g => new { g.Key.ReceivingUnitId, g.Key.Overdue, Count = g.Sum(p => p.Count) })
            .ToListAsync(cancellationToken);
        var unitIds = flows.Keys.Concat(pending.Select(p => p.ReceivingUnitId)).Distinct().ToList();
        var units = await db.Units.AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, Successor = u.Successor != null ? u.Successor.Name : null })
            .ToListAsync(cancellationToken);

        var rows = units.Select(u =>
            {
                var f = flows.GetValueOrDefault(u.Id);
                var counts = new OnTimeCounts(
                    f?.Received ?? 0, f?.Online ?? 0, f?.Early ?? 0, f?.OnTime ?? 0, f?.Late ?? 0,
                    pending.Where(p => p.ReceivingUnitId == u.Id && !p.Overdue).Sum(p => p.Count),
                    pending.Where(p => p.ReceivingUnitId == u.Id && p.Overdue).Sum(p => p.Count));
                return new ScoreboardRow(u.Name, u.Successor, counts, f?.Ratings ?? 0, f?.Satisfied ?? 0);
            })
            .OrderByDescending(r => r.Counts.OnTimeRate ?? -1)
            .ThenByDescending(r => r.Counts.Received)
            .ThenBy(r => r.UnitName, StringComparer.Ordinal)
            .ToList();
        return new ScoreboardView(today.Year, today, rows);
    }
}
