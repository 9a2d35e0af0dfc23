using Microsoft.Extensions.Caching.Memory;
using MotCua.Domain.Reporting;

namespace MotCua.Application.Reports;

/// <summary>
/// Figures computed from the rollups of some units, kept in memory until one of those units' <see cref="RollupStamp"/>
/// changes: every change to their rollups raises it in its own transaction (so on every server), and the next request
/// computes the figures again. The stamp is read before the figures, so figures are never kept under a stamp newer
/// than what they saw.
/// </summary>
internal sealed class RollupFigureCache(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Figures of some units, kept under the sum of their stamps the caller has just read (with the units themselves).</summary>
    /// <param name="key">What else the figures depend on (period, grouping, day), with value equality.</param>
    public Task<T> GetAtStampAsync<T>(IReadOnlyCollection<int> unitIds, long stamp, object key, Func<Task<T>> compute) =>
        GetOrComputeAsync((typeof(T), string.Join(',', unitIds.Order()), key), stamp, compute);

    /// <summary>Figures of every unit (the public pages), kept under the sum of all units' stamps the caller has just read.</summary>
    public Task<T> GetForAllUnitsAtStampAsync<T>(long stamp, object key, Func<Task<T>> compute) =>
        GetOrComputeAsync((typeof(T), "*", key), stamp, compute);

    /// <summary>
    /// One entry per set of units and key, holding the figures of one stamp: figures of another stamp replace it, so a
    /// stream of changes does not pile up figures that no request will read again.
    /// </summary>
    private async Task<T> GetOrComputeAsync<T>(object entryKey, long stamp, Func<Task<T>> compute)
    {
        if (cache.TryGetValue(entryKey, out AtStamp<T>? kept) && kept!.Stamp == stamp)
        {
            return kept.Figures;
        }

        var figures = await compute();
        cache.Set(entryKey, new AtStamp<T>(stamp, figures), Lifetime);
        return figures;
    }

    private sealed record AtStamp<T>(long Stamp, T Figures);
}
