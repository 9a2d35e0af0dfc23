using System.Diagnostics;
using System.Globalization;

namespace MotCua.Benchmarks;

internal sealed record Measurement(
    string Name, double P50, double P99, double RequestsPerSecond, int Requests, int Errors, string LoadAverage);

internal static class LoadDriver
{
    /// <summary>Closed loop: C workers each send the next request when the previous answered; 2 s warm-up first.</summary>
    public static async Task<Measurement> MeasureAsync(Target target, BenchmarkOptions options)
    {
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Worker(target, TimeSpan.FromSeconds(2), [], new int[1])));
        var latencies = new List<double>[options.Concurrency];
        var errors = new int[1];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(i =>
        {
            latencies[i] = [];
            return Worker(target, TimeSpan.FromSeconds(options.Seconds), latencies[i], errors);
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Measurement(
            target.Name, Percentile(all, 0.50), Percentile(all, 0.99), all.Length / elapsed, all.Length, errors[0], LoadAverage());
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
    /// <summary>One key=value line per figure, and each as a ratio to the baseline page measured in the same run.</summary>
    public static void Print(Measurement m, Measurement baseline)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{m.Name}.p50_ms={m.P50:0.00}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.p99_ms={m.P99:0.00}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.rps={m.RequestsPerSecond:0}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.requests={m.Requests}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.errors={m.Errors}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.rps_ratio_to_baseline={m.RequestsPerSecond / baseline.RequestsPerSecond:0.00}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.p50_ratio_to_baseline={m.P50 / baseline.P50:0.00}"));
        Console.WriteLine(string.Create(c, $"{m.Name}.load_average={m.LoadAverage}"));
    }
}
