using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MotCua.Browser.Tests;

/// <summary>
/// One xunit collection for every browser test: one real Kestrel server and one headless chromium
/// are shared, and the tests of the collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalServer>
{
    public const string Name = "browser";
}

/// <summary>
/// Starts the real portal on a real socket (127.0.0.1, random port) with a fresh SQLite database and file
/// store in a temporary folder, and launches Debian's chromium through Playwright once.
/// Playwright never downloads a browser: it only drives /usr/bin/chromium.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class PortalServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
    ];

    private readonly string _dataRoot = Path.Combine(Path.GetTempPath(), "motcua-browser-" + Guid.NewGuid().ToString("N"));
    private PortalFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Address of the running server, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Temporary folder holding the database and uploaded files of this test run.</summary>
    public string DataRoot => _dataRoot;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The server is not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataRoot);
        Directory.CreateDirectory(Path.Combine(_dataRoot, "files"));

        _factory = new PortalFactory(_dataRoot);
        _factory.UseKestrel(0);
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        BaseUrl = address.TrimEnd('/');

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: run ./scripts/test.sh (it installs Debian's chromium) or apt-get install -y chromium.");
        }

        PlaywrightDriver.EnsureFound();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            if (Directory.Exists(_dataRoot))
            {
                Directory.Delete(_dataRoot, recursive: true);
            }
        }
        catch (IOException)
        {
            // best effort: a file may still be held open for a moment (e.g. the SQLite WAL).
        }
        catch (UnauthorizedAccessException)
        {
            // best effort.
        }
    }

    private sealed class PortalFactory(string dataRoot) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // Scoped CSS bundles and other static web assets only exist in obj/ outside Development.
            builder.UseStaticWebAssets();
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(dataRoot, "motcua.db")}");
            builder.UseSetting("DemoData:Enabled", "true");
            builder.UseSetting("DemoData:Dossiers", "300");
            builder.UseSetting("Storage:Root", Path.Combine(dataRoot, "files"));
            builder.UseSetting("DataProtection:KeysPath", Path.Combine(dataRoot, "keys"));
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
