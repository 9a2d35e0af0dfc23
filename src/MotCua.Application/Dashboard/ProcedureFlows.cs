using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using MotCua.Application.Common;
using MotCua.Application.Reports;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dashboard;

/// <summary>
/// The per-procedure sums of the dashboard: the one breakdown that reads rows per unit × procedure × month (or day) ×
/// channel. Every counter is written in the day of its event, so a day that ended (over an hour ago, past any save still
/// in flight at midnight) no longer changes: the sums of the period's ended days are kept in memory for a few minutes
/// per set of units and period, and only today's rows are read from the database on every computation.
/// </summary>
internal sealed class ProcedureFlows(IAppDbContext db, IMemoryCache cache, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Flows of the period per procedure id (procedures with no counter row are left out).</summary>
    public async Task<Dictionary<int, OnTimeCounts>> ForAsync(IReadOnlyCollection<int> unitIds, DayRange period, CancellationToken cancellationToken)
    {
        var firstOpen = VietnamTime.LocalDate(clock.GetUtcNow().AddHours(-1));
        var lastEnded = firstOpen.AddDays(-1) < period.To ? firstOpen.AddDays(-1) : period.To;
        var sums = new List<KeyValuePair<int, OnTimeCounts>>();
        if (period.From <= lastEnded)
        {
            var ended = period with { To = lastEnded };
            var key = (nameof(ProcedureFlows), string.Join(',', unitIds.Order()), ended.FromDay, ended.ToDay);
            var flows = await cache.GetOrCreateAsync(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Lifetime;
                return QueryAsync(PeriodRows.ProcedureCounters(db, unitIds, ended), cancellationToken);
            });
            sums.AddRange(flows!);
        }

        if (period.To > lastEnded)
        {
            var open = period with { From = period.From > firstOpen ? period.From : firstOpen };
            sums.AddRange(await QueryAsync(PeriodRows.ProcedureCounters(db, unitIds, open), cancellationToken));
        }

        return sums.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => OnTimeCounts.Sum(g.Select(s => s.Value)));
    }

    private static Task<Dictionary<int, OnTimeCounts>> QueryAsync(IQueryable<Domain.Reporting.PeriodRollup> rows, CancellationToken cancellationToken) =>
        rows.AsNoTracking()
            .GroupBy(r => r.ProcedureId)
            .Select(g => new
            {
                g.Key,
                Counts = new OnTimeCounts(
                    g.Sum(r => r.Received), g.Sum(r => r.Channel == Channel.Online ? r.Received : 0),
                    g.Sum(r => r.ResolvedEarly), g.Sum(r => r.ResolvedOnTime), g.Sum(r => r.ResolvedLate), 0, 0),
            })
            .ToDictionaryAsync(p => p.Key, p => p.Counts, cancellationToken);
}
