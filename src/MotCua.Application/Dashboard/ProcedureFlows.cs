using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using MotCua.Application.Common;
using MotCua.Application.Reports;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dashboard;

/// <summary>
/// The per-procedure sums of the dashboard: the one breakdown that reads rows per unit × procedure × month × channel.
/// Every counter is written in the month of its event, so a month that ended (over an hour ago, past any save still
/// in flight at midnight) no longer changes: the sums of ended months are kept in memory for a few minutes per set of
/// units and period, and the running month is always read from the database, as are the edge days of a custom range.
/// </summary>
internal sealed class ProcedureFlows(IAppDbContext db, IMemoryCache cache, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Flows of the period per procedure id (procedures with no counter row are left out).</summary>
    public async Task<Dictionary<int, OnTimeCounts>> ForAsync(IReadOnlyCollection<int> unitIds, DayRange period, CancellationToken cancellationToken)
    {
        var whole = period.WholeMonths;
        var firstOpen = MonthRange.Of(VietnamTime.LocalDate(clock.GetUtcNow().AddHours(-1)));
        var lastEnded = Math.Min(whole.To, MonthRange.Previous(firstOpen));
        var sums = new List<KeyValuePair<int, OnTimeCounts>>();
        if (whole.From <= lastEnded)
        {
            var key = (nameof(ProcedureFlows), string.Join(',', unitIds.Order()), whole.From, lastEnded);
            var ended = await cache.GetOrCreateAsync(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Lifetime;
                return QueryAsync(PeriodRows.ProcedureCounters(db, unitIds, DayRange.OfMonths(whole.From, lastEnded)), cancellationToken);
            });
            sums.AddRange(ended!);
        }

        // The months still open, and the edge days of a custom range.
        var rest = new MonthRange(Math.Max(whole.From, MonthRange.Next(lastEnded)), whole.To);
        if (rest.From <= rest.To || !period.IsWholeMonths)
        {
            sums.AddRange(await QueryAsync(PeriodRows.ProcedureCounters(db, unitIds, period, rest), cancellationToken));
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
