using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Web.Tests.Submission;

public sealed partial class TrackingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_api_shows_status_and_timeline_to_the_key_holder()
    {
        var http = factory.CreateClient();
        var (code, key) = await SubmissionApi.SubmitAsync(http);

        using var response = await http.GetAsync(new Uri($"/api/v1/dossiers/{code}?key={key}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await SubmissionApi.JsonAsync(response);
        Assert.Equal("Mới đăng ký", json.GetProperty("statusText").GetString());
        Assert.Equal(1, json.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task The_api_explains_the_due_date_of_a_paused_dossier_as_the_law_counts_it()
    {
        // A demo dossier whose clock stopped for a supplement request; its key is set here, since only its hash is kept.
        const string key = "HCNCTVNFQM";
        var calendar = await factory.Services.GetRequiredService<MotCua.Application.Common.IWorkingCalendarProvider>().GetAsync();
        var (code, dueDate, explanation, statuses) = factory.WithDb(db =>
        {
            // One whose explanation the pause changes (a pause can also fall where it moves nothing).
            var dossier = db.Dossiers.Include(d => d.Transitions).Include(d => d.Pauses).Include(d => d.Extensions)
                .Where(d => d.ReceivedAt != null && d.Pauses.Any())
                .OrderBy(d => d.Id).Take(100).AsEnumerable()
                .First(d => !d.Deadline(calendar).Explanation.SequenceEqual(Dossier.Deadline(
                    calendar, d.ReceivedAt!.Value, new DeadlineTerms(d.TimeLimit, d.TimeLimitUnit, d.CutoffTime), [],
                    d.Extensions.Select(e => new MotCua.Domain.Calendar.Extension(e.NewDueDate, e.Reason, e.GrantedAt))).Explanation));
            dossier.TrackingKeyHash = TrackingKey.Hash(key);
            db.SaveChanges();
            return (dossier.Code, dossier.DueDate, dossier.Deadline(calendar).Explanation,
                dossier.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => (int)t.To).ToList());
        });

        using var response = await factory.CreateClient().GetAsync(new Uri($"/api/v1/dossiers/{code}?key={key}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await SubmissionApi.JsonAsync(response);
        Assert.Equal(dueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("dueDate").GetString());
        Assert.Equal(
            explanation.Select(e => (e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Reason)),
            json.GetProperty("dueExplanation").EnumerateArray().Select(e => (e.GetProperty("date").GetString()!, e.GetProperty("reason").GetString()!)));
        Assert.Equal(statuses, json.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task A_wrong_key_and_an_unknown_code_get_the_same_404()
    {
        var http = factory.CreateClient();
        var (code, _) = await SubmissionApi.SubmitAsync(http);

        using var wrongKey = await http.GetAsync(new Uri($"/api/v1/dossiers/{code}?key=AAAAAAAAAA", UriKind.Relative));
        using var unknown = await http.GetAsync(new Uri("/api/v1/dossiers/000.99.99.H31-990101-0001?key=AAAAAAAAAA", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var body = await wrongKey.Content.ReadAsStringAsync();
        Assert.Equal(body, await unknown.Content.ReadAsStringAsync());
        Assert.Contains("Không tìm thấy hồ sơ hoặc mã tra cứu không đúng.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_with_markup_is_shown_encoded_on_the_tracking_page()
    {
        var client = FormClient.For(factory);
        var (code, key) = await SubmissionApi.SubmitAsync(client.Http, "<script>alert(1)</script>");

        var lookup = await LookupAsync(client, code, key);
        Assert.Equal(HttpStatusCode.Redirect, lookup.StatusCode);
        var page = await client.GetPageAsync("/tra-cuu");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("Mới đăng ký", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_on_the_tracking_page_shows_the_same_message_as_an_unknown_code()
    {
        var client = FormClient.For(factory);
        var (code, _) = await SubmissionApi.SubmitAsync(client.Http);

        var wrong = await LookupAsync(client, code, "ZZZZZZZZZZ");
        var unknown = await LookupAsync(client, "KHONG-CO", "ZZZZZZZZZZ");

        foreach (var response in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Không tìm thấy hồ sơ hoặc mã tra cứu không đúng.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_key_holder_answers_a_supplement_request_rates_the_result_once_and_downloads_files()
    {
        var client = FormClient.For(factory);
        var (code, key) = await SubmissionApi.SubmitAsync(client.Http);
        await WithDossierAsync(code, (d, at) => d.RequestSupplement(at, new Actor(null, "Cán bộ một cửa"), ["Bản sao giấy chứng sinh rõ nét"]));
        await LookupAsync(client, code, key);

        var page = await client.GetPageAsync("/tra-cuu");
        Assert.Contains("Bản sao giấy chứng sinh rõ nét", page, StringComparison.Ordinal);

        using var answer = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new StringContent("Đã gửi bản rõ nét"), "Input.Note" },
            { new ByteArrayContent(DiskFileStoreTests.Pdf()), "supplementFiles", "giay-chung-sinh.pdf" },
        };
        var answered = await client.Http.PostAsync(new Uri("/tra-cuu?handler=Answer", UriKind.Relative), answer);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var dossier = factory.WithDb(db => db.Dossiers.Where(d => d.Code == code)
            .Select(d => new { d.Status, Supplements = d.Files.Count(f => f.Kind == FileKind.Supplement) }).Single());
        Assert.Equal(DossierStatus.Submitted, dossier.Status);
        Assert.Equal(1, dossier.Supplements);

        page = await client.GetPageAsync("/tra-cuu");
        var fileId = FileLink().Match(page).Groups[1].Value;
        var download = await client.Http.GetAsync(new Uri($"/tra-cuu/tep/{fileId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var stranger = await factory.CreateClient().GetAsync(new Uri($"/tra-cuu/tep/{fileId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);

        await WithDossierAsync(code, (d, at) =>
        {
            var officer = new Actor(null, "Cán bộ");
            d.Accept(at, officer, MotCua.Domain.Calendar.WorkingCalendar.ForYears(at.Year - 1, at.Year + 1));
            d.StartProcessing(at, officer);
            d.Resolve(at, officer);
        });
        var rate = new Dictionary<string, string> { ["Input.Result"] = "5", ["Input.Attitude"] = "4", ["Input.TimeTaken"] = "5", ["Input.Comment"] = "Nhanh" };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/tra-cuu?handler=Rate", rate)).StatusCode);
        var again = await client.PostFormAsync("/tra-cuu?handler=Rate", rate);
        Assert.Contains("chỉ được đánh giá một lần", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(5, factory.WithDb(db => db.Dossiers.Where(d => d.Code == code).Select(d => d.Rating!.Result).Single()));
    }

    private async Task WithDossierAsync(string code, Action<Dossier, DateTimeOffset> change)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dossier = db.Dossiers.Include(d => d.Transitions).Include(d => d.Pauses).Include(d => d.Extensions)
            .Include(d => d.SupplementRequests).Single(d => d.Code == code);
        change(dossier, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    /// <summary>Posts the lookup form of /tra-cuu (to /tra-cuu/tim) as the browser does.</summary>
    internal static async Task<HttpResponseMessage> LookupAsync(FormClient client, string code, string key)
    {
        var page = await client.GetPageAsync("/tra-cuu");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
            ["Input.Code"] = code,
            ["Input.Key"] = key,
        });
        return await client.Http.PostAsync(new Uri("/tra-cuu/tim", UriKind.Relative), form);
    }

    private static string Token(string page) => AntiforgeryToken().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("href=\"/tra-cuu/tep/([0-9a-f-]{36})\"")]
    private static partial Regex FileLink();
}
