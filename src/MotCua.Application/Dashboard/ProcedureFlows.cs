using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dashboard;

/// <summary>Flows of one procedure over a period and a set of units.</summary>
internal sealed record ProcedureSum(int ProcedureId, int Received, int Online, int Early, int OnTime, int Late);

/// <summary>
/// The per-procedure sums of the dashboard: the one breakdown that reads rows per unit × procedure × month × channel.
/// Every counter is written in the month of its event, so a month that ended (over an hour ago, past any save still
/// in flight at midnight) no longer changes: the sums of ended months are kept in memory for a few minutes per set of
/// units and period, and the running month is always read from the database.
/// </summary>
internal sealed class ProcedureFlows(IAppDbContext db, IMemoryCache cache, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<List<ProcedureSum>> ForAsync(IReadOnlyCollection<int> unitIds, MonthRange period, CancellationToken cancellationToken)
    {
        var firstOpen = MonthRange.Of(VietnamTime.LocalDate(clock.GetUtcNow().AddHours(-1)));
        var lastEnded = Math.Min(period.To, MonthRange.Previous(firstOpen));
        var sums = new List<ProcedureSum>();
        if (period.From <= lastEnded)
        {
            var key = (nameof(ProcedureFlows), string.Join(',', unitIds.Order()), period.From, lastEnded);
            var ended = await cache.GetOrCreateAsync(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Lifetime;
                return QueryAsync(unitIds, period.From, lastEnded, cancellationToken);
            });
            sums.AddRange(ended!);
        }

        if (period.To > lastEnded)
        {
            sums.AddRange(await QueryAsync(unitIds, Math.Max(period.From, MonthRange.Next(lastEnded)), period.To, cancellationToken));
        }

        return sums.GroupBy(s => s.ProcedureId)
            .Select(g => new ProcedureSum(
                g.Key, g.Sum(s => s.Received), g.Sum(s => s.Online), g.Sum(s => s.Early), g.Sum(s => s.OnTime), g.Sum(s => s.Late)))
            .ToList();
    }

    private Task<List<ProcedureSum>> QueryAsync(IReadOnlyCollection<int> unitIds, int from, int to, CancellationToken cancellationToken) =>
        db.PeriodRollups.AsNoTracking()
            .Where(r => unitIds.Contains(r.UnitId) && r.Month >= from && r.Month <= to)
            .GroupBy(r => r.ProcedureId)
            .Select(g => new ProcedureSum(
                g.Key, g.Sum(r => r.Received), g.Sum(r => r.Channel == Channel.Online ? r.Received : 0),
                g.Sum(r => r.ResolvedEarly), g.Sum(r => r.ResolvedOnTime), g.Sum(r => r.ResolvedLate)))
            .ToListAsync(cancellationToken);
}
