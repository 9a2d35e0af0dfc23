using Microsoft.Extensions.Caching.Memory;
using MotCua.Application.Reports;

namespace MotCua.Web.Tests.Reporting;

/// <summary>
/// Figures kept under their units' rollup stamp: read again when the stamp moves (either way), and replaced, not piled
/// up, so a stream of changes keeps one entry per set of units and period.
/// </summary>
public sealed class RollupFigureCacheTests : IDisposable
{
    private readonly MemoryCache _memory = new(new MemoryCacheOptions());

    [Fact]
    public async Task Figures_are_computed_again_when_the_stamp_moves_and_replace_those_of_the_old_stamp()
    {
        var cache = new RollupFigureCache(_memory);
        var computed = 0;
        Task<int> Compute() => Task.FromResult(++computed);
        int[] units = [3, 1];

        Assert.Equal(1, await cache.GetAtStampAsync(units, 10, ("tháng", 202611), Compute));
        Assert.Equal(1, await cache.GetAtStampAsync([1, 3], 10, ("tháng", 202611), Compute));
        for (var stamp = 11; stamp <= 50; stamp++)
        {
            await cache.GetAtStampAsync(units, stamp, ("tháng", 202611), Compute);
        }

        Assert.Equal(41, computed);
        Assert.Equal(1, _memory.Count);

        // A stamp read back from an older state (a restored database) is not the kept one either.
        Assert.Equal(42, await cache.GetAtStampAsync(units, 10, ("tháng", 202611), Compute));
        Assert.Equal(43, await cache.GetAtStampAsync(units, 10, ("tháng", 202610), Compute));
        Assert.Equal(2, _memory.Count);
    }

    public void Dispose() => _memory.Dispose();
}
