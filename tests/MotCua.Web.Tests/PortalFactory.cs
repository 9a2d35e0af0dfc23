using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Web.Tests;

/// <summary>
/// The real app over a real SQLite file in a fresh temp folder, migrated and seeded with a small demo office.
/// One per test class (xunit class fixture); dispose deletes the folder.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "MotCua@2026";

    public PortalFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "motcua-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "motcua.db");

    protected virtual int DemoDossiers => 200;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("DemoData:Dossiers", DemoDossiers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Storage:Root", Path.Combine(Folder, "files"));
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(Folder, "keys"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Folder, "logs", "motcua-.log"));
    }

    public T WithDb<T>(Func<AppDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be closing; the temp folder is cleaned by the OS eventually.
        }
    }
}
