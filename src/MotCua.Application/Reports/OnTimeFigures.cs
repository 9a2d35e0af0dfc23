using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Reports;

/// <summary>Flows of a period (from the rollups) and pending dossiers now (from the pending-only index).</summary>
public sealed record OnTimeCounts(int Received, int Online, int Early, int OnTime, int Late, int PendingWithinTime, int PendingOverdue)
{
    public static OnTimeCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public int Resolved => Early + OnTime + Late;

    /// <summary>Decision 766: (resolved early or on time + pending still within time) / all dossiers counted.</summary>
    public double? OnTimeRate => Resolved + PendingWithinTime + PendingOverdue is var all and > 0
        ? (double)(Early + OnTime + PendingWithinTime) / all
        : null;

    /// <summary>The counts added up, e.g. the procedures of a field or the months of a unit.</summary>
    public static OnTimeCounts Sum(IEnumerable<OnTimeCounts> counts) => counts.Aggregate(None, (a, b) => new(
        a.Received + b.Received, a.Online + b.Online, a.Early + b.Early, a.OnTime + b.OnTime, a.Late + b.Late,
        a.PendingWithinTime + b.PendingWithinTime, a.PendingOverdue + b.PendingOverdue));
}

/// <summary>
/// The on-time figures shared by the leader's dashboard and the public pages. Never reads the dossier table:
/// the period's flows come from the per-unit monthly rollups kept with every status change, and "pending now" sums the pending
/// counters per unit and due date (<see cref="Domain.Reporting.PendingByDueDay"/>), kept in the same transactions:
/// a few rows per unit, exact to the dossier. Overdue = due before today (Vietnam local date).
/// </summary>
internal static class OnTimeFigures
{
    /// <param name="unitIds">Receiving units to count; null for every unit.</param>
    public static async Task<OnTimeCounts> ForAsync(
        IAppDbContext db, IReadOnlyCollection<int>? unitIds, int fromMonth, int toMonth, DateOnly today, CancellationToken cancellationToken)
    {
        var rollups = db.UnitMonthRollups.Where(r => r.Month >= fromMonth && r.Month <= toMonth);
        var pendingCounts = db.PendingByDueDays.AsQueryable();
        if (unitIds is not null)
        {
            rollups = rollups.Where(r => unitIds.Contains(r.UnitId));
            pendingCounts = pendingCounts.Where(p => unitIds.Contains(p.UnitId));
        }

        var flows = await rollups
            .GroupBy(r => r.Channel == Channel.Online)
            .Select(g => new
            {
                Online = g.Key,
                Received = g.Sum(r => r.Received),
                Early = g.Sum(r => r.ResolvedEarly),
                OnTime = g.Sum(r => r.ResolvedOnTime),
                Late = g.Sum(r => r.ResolvedLate),
            })
            .ToListAsync(cancellationToken);
        var (within, overdue) = await PendingAsync(pendingCounts, today, cancellationToken);

        return new OnTimeCounts(
            flows.Sum(f => f.Received),
            flows.Where(f => f.Online).Sum(f => f.Received),
            flows.Sum(f => f.Early),
            flows.Sum(f => f.OnTime),
            flows.Sum(f => f.Late),
            within,
            overdue);
    }

    /// <summary>Pending dossiers of the units now: (within time, overdue).</summary>
    public static Task<(int Within, int Overdue)> PendingAsync(
        IAppDbContext db, IReadOnlyCollection<int> unitIds, DateOnly today, CancellationToken cancellationToken) =>
        PendingAsync(db.PendingByDueDays.Where(p => unitIds.Contains(p.UnitId)), today, cancellationToken);

    private static async Task<(int Within, int Overdue)> PendingAsync(
        IQueryable<Domain.Reporting.PendingByDueDay> counters, DateOnly today, CancellationToken cancellationToken)
    {
        var pending = await counters
            .GroupBy(p => p.DueDate < today)
            .Select(g => new { Overdue = g.Key, Count = g.Sum(p => p.Count) })
            .ToListAsync(cancellationToken);
        return (pending.Where(p => !p.Overdue).Sum(p => p.Count), pending.Where(p => p.Overdue).Sum(p => p.Count));
    }
}
