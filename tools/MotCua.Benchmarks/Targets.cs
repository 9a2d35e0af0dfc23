using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MotCua.Benchmarks;

/// <summary>
/// A page to load: a name for the printed keys, a request factory, the status a success answers with, and what to do
/// before each request (not timed).
/// </summary>
internal sealed record Target(
    string Name, HttpClient Client, Func<HttpRequestMessage> Request, int ExpectedStatus = 200, Action? BeforeEach = null);

internal static class Targets
{
    /// <summary>Đăng ký khai sinh: fully online, received by every commune.</summary>
    private const string OnlineProcedure = "1.001193";

    private static readonly byte[] Pdf =
        Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>Signs in the users the pages need and submits a few dossiers whose codes and keys the lookups reuse.</summary>
    public static async Task<List<Target>> PrepareAsync(PortalProcess portal, BenchmarkOptions options, string database)
    {
        var anonymous = portal.Client();
        var leader = portal.Client();
        await Login.AsAsync(leader, "lanhdao@motcua.local");
        var drillDownUser = portal.Client();
        await Login.AsAsync(drillDownUser, options.DrillDownUser);

        var tracked = new List<(string Code, string Key)>();
        for (var i = 0; i < 16; i++)
        {
            using var request = Submission();
            using var response = await anonymous.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != 201)
            {
                throw new InvalidOperationException($"Submitting a dossier for the lookups failed: {(int)response.StatusCode} {body}");
            }

            var json = JsonDocument.Parse(body).RootElement;
            tracked.Add((json.GetProperty("code").GetString()!, json.GetProperty("trackingKey").GetString()!));
        }

        var next = 0;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var from = today.AddMonths(-11);
        var report = string.Create(CultureInfo.InvariantCulture, $"/lanh-dao/bao-cao?tu={from:yyyy-MM}&den={today:yyyy-MM}");
        // A custom range that starts and ends inside a month: two whole months and the days of two edge months.
        var range = string.Create(CultureInfo.InvariantCulture, $"/lanh-dao?tu={today.AddMonths(-3):yyyy-MM}-10&den={today.AddDays(-1):yyyy-MM-dd}");
        return
        [
            new("baseline", anonymous, () => Get("/do-kiem/chuan")),
            // The same page as the signed-in leader: what the cookie and the security-stamp check add to every leader page.
            new("baseline_signed_in", leader, () => Get("/do-kiem/chuan")),
            new("dashboard", leader, () => Get("/lanh-dao")),
            new("dashboard_changed", leader, () => Get("/lanh-dao"), BeforeEach: () => RaiseStamp(database)),
            new("dashboard_range", leader, () => Get(range)),
            new("dashboard_range_changed", leader, () => Get(range), BeforeEach: () => RaiseStamp(database)),
            new("report", leader, () => Get(report)),
            new("drilldown", drillDownUser, () => Get(options.DrillDown)),
            // The overdue dossiers of the drill-down user's units (by default a commune leader's), oldest due date first.
            new("deadlines", drillDownUser, () => Get("/lanh-dao/tien-do?loai=Overdue")),
            new("home", anonymous, () => Get("/")),
            new("search", anonymous, () => Get("/thu-tuc?q=dang+ky")),
            new("tracking", anonymous, () =>
            {
                var (code, key) = tracked[Interlocked.Increment(ref next) % tracked.Count];
                return Get($"/api/v1/dossiers/{Uri.EscapeDataString(code)}?key={Uri.EscapeDataString(key)}");
            }),
            new("submission", anonymous, Submission, ExpectedStatus: 201),
        ];
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    /// <summary>
    /// What a saved change does to the province leader's figures: it raises the stamp of the province's unit, so the
    /// next dashboard request computes its figures again instead of using those kept in memory.
    /// </summary>
    private static void RaiseStamp(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "RollupStamps" ("UnitId", "Version")
            SELECT "Id", 1 FROM "Units" WHERE "ParentId" IS NULL ORDER BY "Id" LIMIT 1
            ON CONFLICT ("UnitId") DO UPDATE SET "Version" = "Version" + 1
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>A new online dossier with one small PDF; a distinct Idempotency-Key each time, so none is replayed.</summary>
    private static HttpRequestMessage Submission()
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["procedureCode"] = OnlineProcedure,
            ["applicantName"] = "Nguyễn Văn Thử",
            ["citizenId"] = "033090001234",
            ["dateOfBirth"] = "1990-05-17",
            ["phone"] = "0912345678",
            ["email"] = "thu.nguyen@example.vn",
            ["address"] = "Số 1 đường Nguyễn Văn Linh, phường Phố Hiến, Hưng Yên",
            ["deliveryMethod"] = "online",
        })
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", "to-khai.pdf");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = form };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return request;
    }
}
