namespace MotCua.Browser.Tests;

/// <summary>
/// Microsoft.Playwright talks to chromium through its driver: a Node.js program (node binary + package) that the
/// NuGet package copies next to the test assembly as <c>.playwright/</c> at build time. Playwright looks for it
/// next to Microsoft.Playwright.dll, or in the folder named by PLAYWRIGHT_DRIVER_SEARCH_PATH.
/// This makes the lookup explicit and fails with a clear message when the driver is missing.
/// </summary>
internal static class PlaywrightDriver
{
    private const string SearchPathVariable = "PLAYWRIGHT_DRIVER_SEARCH_PATH";

    public static void EnsureFound()
    {
        // Never fetch browsers: only /usr/bin/chromium is used.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        var configured = Environment.GetEnvironmentVariable(SearchPathVariable);
        if (!string.IsNullOrEmpty(configured) && Directory.Exists(Path.Combine(configured, ".playwright")))
        {
            return;
        }

        var baseDirectory = AppContext.BaseDirectory;
        if (Directory.Exists(Path.Combine(baseDirectory, ".playwright")))
        {
            Environment.SetEnvironmentVariable(SearchPathVariable, baseDirectory);
            return;
        }

        throw new InvalidOperationException(
            $"The Playwright driver folder .playwright was not found in {baseDirectory}. " +
            "It is copied there by the Microsoft.Playwright package when the test project builds; rebuild the solution.");
    }
}
