using System.Diagnostics;
using System.Globalization;

namespace MotCua.Benchmarks;

/// <summary>
/// One page's figures. <paramref name="ServerCpuMs"/> is the portal process's CPU time (user + system, all threads) per
/// request while the page was loaded: unlike requests per second it does not move with what else the shared machine
/// (the load driver included) is doing.
/// </summary>
internal sealed record Measurement(
    string Name, double P50, double P99, double RequestsPerSecond, int Requests, int Errors, double ServerCpuMs, string LoadAverage);

internal static class LoadDriver
{
    /// <summary>Rounds a page's time is split into, each next to a round of the baseline page.</summary>
    private const int Rounds = 3;

    /// <summary>Warms every page up (JIT tiers, caches, connection pool) before anything is timed.</summary>
    public static async Task WarmUpAsync(IEnumerable<Target> targets, BenchmarkOptions options)
    {
        foreach (var target in targets)
        {
            await RunAsync(target, options.Concurrency, TimeSpan.FromSeconds(options.WarmUpSeconds), null, new int[1]);
        }
    }

    /// <summary>Closed loop: C workers each send the next request when the previous answered, for the given time.</summary>
    public static async Task<Measurement> MeasureAsync(Target target, BenchmarkOptions options, Func<TimeSpan> serverCpu) =>
        (await MeasureRoundsAsync([target], options, 1, serverCpu))[0];

    /// <summary>
    /// The page and the baseline page measured in alternating rounds over the same span of time, so a shared machine's
    /// drift weighs on both alike: (baseline, page) × 3, each a third of the page's seconds.
    /// </summary>
    public static async Task<(Measurement Page, Measurement Baseline)> MeasureBesideAsync(
        Target target, Target baseline, BenchmarkOptions options, Func<TimeSpan> serverCpu)
    {
        var both = await MeasureRoundsAsync([baseline, target], options, Rounds, serverCpu);
        return (both[1], both[0]);
    }

    private static async Task<Measurement[]> MeasureRoundsAsync(Target[] targets, BenchmarkOptions options, int rounds, Func<TimeSpan> serverCpu)
    {
        var latencies = targets.Select(_ => new List<double>()).ToArray();
        var errors = targets.Select(_ => new int[1]).ToArray();
        var seconds = new double[targets.Length];
        var cpu = new TimeSpan[targets.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < targets.Length; i++)
            {
                var before = serverCpu();
                seconds[i] += await RunAsync(targets[i], options.Concurrency, TimeSpan.FromSeconds((double)options.Seconds / rounds), latencies[i], errors[i]);
                cpu[i] += serverCpu() - before;
            }
        }

        return [.. targets.Select((t, i) =>
        {
            var all = latencies[i].Order().ToArray();
            return new Measurement(
                t.Name, Percentile(all, 0.50), Percentile(all, 0.99), all.Length / seconds[i], all.Length, errors[i][0],
                all.Length == 0 ? double.NaN : cpu[i].TotalMilliseconds / all.Length, LoadAverage());
        })];
    }

    /// <summary>Runs the workers for the given time and answers the seconds it took; latencies added when a list is given.</summary>
    private static async Task<double> RunAsync(Target target, int concurrency, TimeSpan duration, List<double>? latencies, int[] errors)
    {
        var perWorker = Enumerable.Range(0, concurrency).Select(_ => new List<double>()).ToArray();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(perWorker.Select(l => Worker(target, duration, l, errors)));
        latencies?.AddRange(perWorker.SelectMany(l => l));
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task Worker(Target target, TimeSpan duration, List<double> latencies, int[] errors)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < end)
        {
            target.BeforeEach?.Invoke();
            var started = Stopwatch.GetTimestamp();
            using var request = target.Request();
            using var response = await target.Client.SendAsync(request);
            await response.Content.CopyToAsync(Stream.Null);
            if ((int)response.StatusCode != target.ExpectedStatus)
            {
                Interlocked.Increment(ref errors[0]);
            }

            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>The 1-minute load average at the end of the measurement (the machine is shared), if the OS tells it.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}

internal static class Report
{
    /// <summary>One key=value line per figure, and each as a ratio to the baseline page measured beside it in the same run.</summary>
    public static void Print(Measurement m, Measurement baseline)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{m.Name}.p50_ms={m.P50:0.00}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.p99_ms={m.P99:0.00}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.rps={m.RequestsPerSecond:0}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.requests={m.Requests}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.errors={m.Errors}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.baseline_rps={baseline.RequestsPerSecond:0}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.rps_ratio_to_baseline={m.RequestsPerSecond / baseline.RequestsPerSecond:0.00}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.p50_ratio_to_baseline={m.P50 / baseline.P50:0.00}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.server_cpu_ms={m.ServerCpuMs:0.000}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.baseline_server_cpu_ms={baseline.ServerCpuMs:0.000}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.cpu_ratio_to_baseline={baseline.ServerCpuMs / m.ServerCpuMs:0.00}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.load_average={m.LoadAverage}"));
    }
}
