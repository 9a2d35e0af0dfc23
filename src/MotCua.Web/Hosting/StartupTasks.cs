using System.Globalization;
using MotCua.Infrastructure.Persistence;
using MotCua.Infrastructure.Seeding;

namespace MotCua.Web.Hosting;

internal static class StartupTasks
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    /// <summary>
    /// Commands instead of serving: `seed [--dossiers N]` migrates and fills the database (benchmark scale),
    /// `migrate` only applies the pending migrations, `healthcheck` asks a running instance's /health/live (the
    /// container image has no curl).
    /// Returns the exit code, or null when no command was given.
    /// </summary>
    public static async Task<int?> RunCommandLineAsync(this WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "seed":
                await SeedAsync(app, args);
                return 0;
            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false, migrate: true);
                }

                return 0;
            case "healthcheck":
                return await HealthCheckAsync(app.Configuration);
            default:
                return null;
        }
    }

    private static async Task SeedAsync(WebApplication app, string[] args)
    {
        var index = Array.IndexOf(args, "--dossiers");
        var dossiers = index >= 0 && index + 1 < args.Length
            ? int.Parse(args[index + 1], CultureInfo.InvariantCulture)
            : 20_000;

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(dossiers);
    }

    private static async Task<int> HealthCheckAsync(IConfiguration configuration)
    {
        var url = (configuration["ASPNETCORE_URLS"] ?? "http://127.0.0.1:8080").Split(';')[0]
            .Replace("+", "127.0.0.1", StringComparison.Ordinal).Replace("*", "127.0.0.1", StringComparison.Ordinal);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(new Uri(url), "/health/live"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
    }
}
