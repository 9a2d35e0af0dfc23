using System.Diagnostics;
using System.Globalization;
using System.Net;
using MotCua.Benchmarks;

// Usage: dotnet run --project tools/MotCua.Benchmarks -c Release -- [--dossiers N] [--seconds S] [--concurrency C] [--web <MotCua.Web.dll>]
var options = BenchmarkOptions.Parse(args);
var folder = Path.Combine(Path.GetTempPath(), $"motcua-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(folder);
var database = Path.Combine(folder, "motcua.db");
Console.WriteLine($"dossiers={options.Dossiers}");

var seedTime = Stopwatch.StartNew();
await PortalProcess.RunToEndAsync(options.WebDll, database, folder, ["seed", "--dossiers", options.Dossiers.ToString(CultureInfo.InvariantCulture)]);
Console.WriteLine($"seed_seconds={seedTime.Elapsed.TotalSeconds:0.0}");
Console.WriteLine($"database_mb={new FileInfo(database).Length / 1024.0 / 1024.0:0}");

await using var portal = await PortalProcess.StartAsync(options.WebDll, database, folder);
using var anonymous = portal.Client();
using var leader = portal.Client();
await Login.AsAsync(leader, "lanhdao@motcua.local");

var targets = Targets.All(anonymous, leader);
var baseline = await LoadDriver.MeasureAsync(targets[0], options);
Report.Print(baseline, baseline);
foreach (var target in targets.Skip(1))
{
    Report.Print(await LoadDriver.MeasureAsync(target, options), baseline);
}

try
{
    Directory.Delete(folder, recursive: true);
}
catch (IOException)
{
}

namespace MotCua.Benchmarks
{
    internal sealed record BenchmarkOptions(int Dossiers, int Seconds, int Concurrency, string WebDll)
    {
        public static BenchmarkOptions Parse(string[] args)
        {
            string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            var repo = FindRepoRoot();
            return new BenchmarkOptions(
                int.Parse(Value("--dossiers") ?? "1000000", CultureInfo.InvariantCulture),
                int.Parse(Value("--seconds") ?? "10", CultureInfo.InvariantCulture),
                int.Parse(Value("--concurrency") ?? "8", CultureInfo.InvariantCulture),
                Value("--web") ?? Path.Combine(repo, "src", "MotCua.Web", "bin", "Release", "net10.0", "MotCua.Web.dll"));
        }

        private static string FindRepoRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MotCua.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? Directory.GetCurrentDirectory();
        }
    }

    /// <summary>A page to load: a name for the printed keys and a request factory.</summary>
    internal sealed record Target(string Name, HttpClient Client, Func<HttpRequestMessage> Request);

    internal static class Targets
    {
        public static List<Target> All(HttpClient anonymous, HttpClient leader) =>
        [
            new("baseline", anonymous, () => Get("/do-kiem/chuan")),
            new("dashboard", leader, () => Get("/lanh-dao")),
            new("home", anonymous, () => Get("/")),
        ];

        private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);
    }

    internal sealed record Measurement(string Name, double P50, double P99, double RequestsPerSecond, int Requests, int Errors);

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
            return new Measurement(target.Name, Percentile(all, 0.50), Percentile(all, 0.99), all.Length / elapsed, all.Length, errors[0]);
        }

        private static async Task Worker(Target target, TimeSpan duration, List<double> latencies, int[] errors)
        {
            var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < end)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await target.Client.SendAsync(target.Request());
                await response.Content.CopyToAsync(Stream.Null);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors[0]);
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        private static double Percentile(double[] sorted, double p) =>
            sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
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
        }
    }
}
