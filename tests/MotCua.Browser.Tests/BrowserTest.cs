using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests;

/// <summary>
/// Base class of every browser test. Each test gets a fresh browser context (Vietnamese locale, Hanoi time zone)
/// and page. Requests that leave 127.0.0.1/localhost are blocked and recorded: the portal must work offline.
/// Use <see cref="BrowserFactAttribute"/> / <see cref="BrowserTheoryAttribute"/> instead of [Fact]/[Theory]
/// to get a screenshot in TestResults/screenshots/ when a test fails.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest : IAsyncLifetime
{
    public const string DemoPassword = "MotCua@2026";

    private static readonly HashSet<string> FailingImpacts = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    private IBrowserContext? _context;
    private IPage? _page;

    protected BrowserTest(PortalServer server, ITestOutputHelper output)
    {
        Server = server;
        Output = output;
    }

    protected PortalServer Server { get; }

    protected ITestOutputHelper Output { get; }

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is not open yet.");

    /// <summary>Requests to other hosts that the page tried to make (they were aborted).</summary>
    protected List<string> ExternalRequests { get; } = [];

    public async Task InitializeAsync()
    {
        _context = await Server.Browser.NewContextAsync(new()
        {
            BaseURL = Server.BaseUrl,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        _context.SetDefaultTimeout(15_000);
        _context.SetDefaultNavigationTimeout(30_000);
        await _context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || url.IsLoopback)
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (ExternalRequests)
                {
                    ExternalRequests.Add(route.Request.Url);
                }

                await route.AbortAsync("blockedbyclient");
            }
        });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    /// <summary>
    /// Opens <paramref name="path"/> (relative to the server) and fails when the response status is 400 or more,
    /// unless that status is listed in <paramref name="allowedStatuses"/>.
    /// </summary>
    protected async Task<IResponse> GotoAsync(string path, params int[] allowedStatuses)
    {
        IResponse? lastDocument = null;
        void OnResponse(object? sender, IResponse r)
        {
            if (r.Request.IsNavigationRequest && r.Frame == Page.MainFrame)
            {
                lastDocument = r;
            }
        }

        IResponse? response;
        Page.Response += OnResponse;
        try
        {
            response = await Page.GotoAsync(path);
        }
        catch (PlaywrightException e) when (e.Message.Contains("ERR_HTTP_RESPONSE_CODE_FAILURE", StringComparison.Ordinal))
        {
            // Chromium turns an error status with an empty body into a navigation error; keep the status.
            response = lastDocument;
        }
        finally
        {
            Page.Response -= OnResponse;
        }

        if (response is null)
        {
            throw new Xunit.Sdk.XunitException($"No response for {path}.");
        }

        if (response.Status >= 400 && !allowedStatuses.Contains(response.Status))
        {
            throw new Xunit.Sdk.XunitException($"GET {path} answered {response.Status} {response.StatusText} (final URL {response.Url}).");
        }

        return response;
    }

    /// <summary>Runs axe-core on the page and fails on every violation whose impact is serious or critical.</summary>
    protected async Task AssertAccessibleAsync(IPage? page = null)
    {
        page ??= Page;
        var result = await page.RunAxe();
        var failures = result.Violations.Where(v => v.Impact is not null && FailingImpacts.Contains(v.Impact)).ToList();
        foreach (var minor in result.Violations.Except(failures))
        {
            Output.WriteLine($"axe ({minor.Impact}): {minor.Id}: {minor.Help}");
        }

        if (failures.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.Append("Accessibility violations on ").Append(page.Url).Append(':').AppendLine();
        foreach (var violation in failures)
        {
            message.Append("- [").Append(violation.Impact).Append("] ").Append(violation.Id).Append(": ")
                .Append(violation.Help).Append(" (").Append(violation.HelpUrl).Append(')').AppendLine();
            foreach (var node in violation.Nodes.Take(5))
            {
                message.Append("    at ").Append(node.Target?.ToString()).Append("  ").Append(Shorten(node.Html)).AppendLine();
            }
        }

        throw new Xunit.Sdk.XunitException(message.ToString());
    }

    /// <summary>
    /// Saves the page for the docs (README's journey) when MOTCUA_DOCS_SCREENSHOTS names a folder:
    /// `scripts/screenshots.sh` sets it. Otherwise does nothing.
    /// </summary>
    protected async Task SaveDocsScreenshotAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("MOTCUA_DOCS_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await Page.SetViewportSizeAsync(1000, 800);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Waits until the page's address matches <paramref name="address"/> and its document has loaded. Playwright's
    /// <c>WaitForURLAsync</c> reads the address, then subscribes to navigation events, and loses a navigation that
    /// commits in between (microsoft/playwright-dotnet#3364; it failed CI here). The address assertion is polled by
    /// the driver instead, and a missed load event is still recorded, so short load-state waits in turn find it.
    /// </summary>
    protected async Task WaitForAddressAsync(Regex address)
    {
        await Assertions.Expect(Page).ToHaveURLAsync(address, new() { Timeout = 30_000 });
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 1_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 30)
            {
            }
        }
    }

    /// <summary>Waits until the page is at <paramref name="path"/> (any query string) and loaded.</summary>
    protected Task WaitForPathAsync(string path) =>
        WaitForAddressAsync(new Regex($"^[a-z]+://[^/]+{Regex.Escape(path)}([?#].*)?$", RegexOptions.IgnoreCase));

    /// <summary>Signs in through the login page with the labelled fields "Email" and "Mật khẩu".</summary>
    protected async Task LoginAsync(string email, string password = DemoPassword)
    {
        await GotoAsync("/dang-nhap");
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await Page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        try
        {
            await WaitForAddressAsync(new Regex("^[a-z]+://[^/]+/(?!dang-nhap)", RegexOptions.IgnoreCase));
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
        {
            var body = await Page.Locator("main").Or(Page.Locator("body")).First.InnerTextAsync();
            throw new Xunit.Sdk.XunitException($"Login as {email} did not leave the login page. Page text: {Shorten(body)}");
        }
    }

    /// <summary>Called by the browser test runner when the test failed, before the page is closed.</summary>
    internal async Task CaptureFailureAsync(string testName)
    {
        if (_page is null || _page.IsClosed)
        {
            return;
        }

        try
        {
            var folder = Path.Combine(TestResultsFolder(), "screenshots");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, SafeFileName(testName) + ".png");
            await _page.ScreenshotAsync(new() { Path = file, FullPage = true, Timeout = 10_000 });
            Output.WriteLine($"Screenshot of the failure: {file} (page {_page.Url})");
        }
        catch (PlaywrightException e)
        {
            Output.WriteLine($"No screenshot: {e.Message}");
        }
        catch (IOException e)
        {
            Output.WriteLine($"No screenshot: {e.Message}");
        }
        catch (TimeoutException e)
        {
            Output.WriteLine($"No screenshot: {e.Message}");
        }
    }

    private static string TestResultsFolder()
    {
        var configured = Environment.GetEnvironmentVariable("MOTCUA_TEST_RESULTS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MotCua.sln")))
            {
                return Path.Combine(dir.FullName, "TestResults");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "TestResults");
    }

    private static string SafeFileName(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray();
        var safe = new string(chars);
        return safe.Length > 150 ? safe[..150] : safe;
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length > 160 ? html[..160] + "…" : html;
}
