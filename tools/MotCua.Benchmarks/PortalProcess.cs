using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace MotCua.Benchmarks;

/// <summary>The published portal run as its own process on 127.0.0.1, on a database of the benchmark's own.</summary>
internal sealed partial class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PortalProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The portal process's CPU time so far (user and system, every thread).</summary>
    public TimeSpan ServerCpu()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public static async Task RunToEndAsync(string webDll, string database, string folder, string[] args)
    {
        using var process = Start(webDll, database, folder, args);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{string.Join(' ', args)}` exited with {process.ExitCode}");
        }
    }

    public static async Task<PortalProcess> StartAsync(string webDll, string database, string folder)
    {
        var port = FreePort();
        var process = Start(webDll, database, folder, ["--urls", $"http://127.0.0.1:{port}"]);
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var probe = portal.Client();
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await probe.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return portal;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException("The portal did not become ready in 60 s.");
    }

    public HttpClient Client() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        MaxConnectionsPerServer = 64,
    })
    {
        BaseAddress = BaseAddress,
    };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static Process Start(string webDll, string database, string folder, string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(webDll)!, RedirectStandardOutput = true };
        info.ArgumentList.Add(webDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
        info.Environment["ConnectionStrings__Sqlite"] = $"Data Source={database}";
        info.Environment["DemoData__Enabled"] = "false";
        info.Environment["Storage__Root"] = Path.Combine(folder, "files");
        info.Environment["DataProtection__KeysPath"] = Path.Combine(folder, "keys");
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // One client address sends every lookup: lift the per-address lookup budget for the run (configuration only).
        info.Environment["RateLimits__LookupPerMinute"] = "1000000";
        info.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "motcua-.log");
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.Contains("ERR", StringComparison.Ordinal))
            {
                Console.Error.WriteLine(line);
            }
        };
        process.BeginOutputReadLine();
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Signs in through the real login form, antiforgery token included.</summary>
internal static partial class Login
{
    public static async Task AsAsync(HttpClient client, string email)
    {
        var page = await client.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative));
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "MotCua@2026",
            ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync(new Uri("/dang-nhap", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
