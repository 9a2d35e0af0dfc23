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
    /// `seed [--dossiers N]`: migrate and fill the database (for benchmarks), then exit without serving.
    /// Returns true when a command ran.
    /// </summary>
    public static async Task<bool> RunCommandLineAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != "seed")
        {
            return false;
        }

        var dossiers = 20_000;
        var index = Array.IndexOf(args, "--dossiers");
        if (index >= 0 && index + 1 < args.Length)
        {
            dossiers = int.Parse(args[index + 1], CultureInfo.InvariantCulture);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(seedDemoData: false);
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(dossiers);
        return true;
    }
}
