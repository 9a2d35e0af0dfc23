using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MotCua.Application.Common.Security;
using MotCua.Infrastructure.Seeding;

namespace MotCua.Infrastructure.Persistence;

/// <summary>Applies migrations, fills the day rollups once if they are new, makes sure the roles exist, and seeds demo data into an empty database.</summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    RoleManager<IdentityRole> roles,
    DemoDataSeeder demoData,
    Reporting.DayRollupBackfill dayRollups,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<DemoDataOptions> demoOptions,
    ILogger<DatabaseInitializer> logger)
{
    /// <param name="migrate">Apply pending migrations even on SQL Server without <c>MigrateOnStartup</c> (the `migrate` command).</param>
    public async Task InitializeAsync(bool seedDemoData = true, bool migrate = false, CancellationToken cancellationToken = default)
    {
        var options = databaseOptions.Value;
        if (migrate || options.Provider == DatabaseProvider.Sqlite || options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database migrated ({Provider})", options.Provider);
        }

        // A schema not migrated yet (SQL Server without MigrateOnStartup) has no day rollups to fill.
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await dayRollups.RunIfNeededAsync(cancellationToken);
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (seedDemoData && demoOptions.Value.Enabled && !await db.Units.AnyAsync(cancellationToken))
        {
            await demoData.SeedAsync(demoOptions.Value.Dossiers, cancellationToken);
        }
    }
}
