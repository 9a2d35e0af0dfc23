using System.Diagnostics;
using System.Globalization;
using MotCua.Benchmarks;

// Usage: dotnet run --project tools/MotCua.Benchmarks -c Release -- [--dossiers N] [--seconds S] [--concurrency C]
//   [--database <file.db>: reuse (or seed once and keep) this database] [--pages baseline,dashboard,...]
//   [--drilldown /lanh-dao/ho-so?tu=YYYY-MM&den=YYYY-MM&loai=Late] [--drilldown-user lanhdao.xa@motcua.local] [--web <MotCua.Web.dll>]
//   [--warmup S: seconds each page is loaded, untimed, before anything is timed; default 2]
var options = BenchmarkOptions.Parse(args);
var folder = Path.Combine(Path.GetTempPath(), $"motcua-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(folder);
var database = options.Database ?? Path.Combine(folder, "motcua.db");
Console.WriteLine($"dossiers={options.Dossiers}");

if (File.Exists(database))
{
    Console.WriteLine("seed_seconds=reused");
    // A reused database may predate the code's latest migrations: apply them before timing anything.
    var migrateTime = Stopwatch.StartNew();
    await PortalProcess.RunToEndAsync(options.WebDll, database, folder, ["migrate"]);
    Console.WriteLine($"migrate_seconds={migrateTime.Elapsed.TotalSeconds:0.0}");
}
else
{
    var seedTime = Stopwatch.StartNew();
    await PortalProcess.RunToEndAsync(options.WebDll, database, folder, ["seed", "--dossiers", options.Dossiers.ToString(CultureInfo.InvariantCulture)]);
    Console.WriteLine($"seed_seconds={seedTime.Elapsed.TotalSeconds:0.0}");
}

Console.WriteLine($"database_mb={new FileInfo(database).Length / 1024.0 / 1024.0:0}");

await using (var portal = await PortalProcess.StartAsync(options.WebDll, database, folder))
{
    var targets = await Targets.PrepareAsync(portal, options, database);
    var pages = targets.Skip(1).Where(t => options.Pages is null || options.Pages.Contains(t.Name)).ToList();
    await LoadDriver.WarmUpAsync([targets[0], .. pages], options);
    var baseline = await LoadDriver.MeasureAsync(targets[0], options, portal.ServerCpu);
    Report.Print(baseline, baseline);
    foreach (var target in pages)
    {
        var (page, beside) = await LoadDriver.MeasureBesideAsync(target, targets[0], options, portal.ServerCpu);
        Report.Print(page, beside);
    }
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
    internal sealed record BenchmarkOptions(
        int Dossiers, int Seconds, int Concurrency, string WebDll, string? Database, HashSet<string>? Pages,
        string DrillDown, string DrillDownUser, int WarmUpSeconds)
    {
        public static BenchmarkOptions Parse(string[] args)
        {
            string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            var repo = FindRepoRoot();
            return new BenchmarkOptions(
                int.Parse(Value("--dossiers") ?? "1000000", CultureInfo.InvariantCulture),
                int.Parse(Value("--seconds") ?? "10", CultureInfo.InvariantCulture),
                int.Parse(Value("--concurrency") ?? "8", CultureInfo.InvariantCulture),
                Value("--web") ?? Path.Combine(repo, "src", "MotCua.Web", "bin", "Release", "net10.0", "MotCua.Web.dll"),
                Value("--database") is { } db ? Path.GetFullPath(db) : null,
                Value("--pages") is { } pages ? [.. pages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : null,
                Value("--drilldown") ?? DefaultDrillDown(),
                Value("--drilldown-user") ?? "lanhdao.xa@motcua.local",
                int.Parse(Value("--warmup") ?? "2", CultureInfo.InvariantCulture));
        }

        /// <summary>The late dossiers of the commune leader's unit last month: the leader dashboard's drill-down list.</summary>
        private static string DefaultDrillDown()
        {
            var month = DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return $"/lanh-dao/ho-so?tu={month}&den={month}&loai=Late";
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
}
