using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace MotCua.Web.Tests.Submission;

public sealed partial class SubmissionPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Path = "/nop-ho-so/" + SubmissionApi.FullOnlineProcedure;

    [Fact]
    public async Task The_list_offers_only_procedures_that_can_be_submitted_online()
    {
        var page = await FormClient.For(factory).GetPageAsync("/nop-ho-so?q=khai sinh");

        Assert.Contains("Đăng ký khai sinh", page, StringComparison.Ordinal);
        Assert.Contains(Path, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_is_kept_when_another_field_fails_and_used_by_the_corrected_submission()
    {
        var client = FormClient.For(factory);
        var page = await client.GetPageAsync(Path);
        var papers = PaperSlots().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var fields = PageFields(page);
        fields["Input.CitizenId"] = "12345";

        var failed = await PostAsync(client, fields, papers.Select(p => (p, "giay-to.pdf")).ToArray());

        var html = await failed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Contains("Số CCCD phải gồm đúng 12 chữ số.", html, StringComparison.Ordinal);
        Assert.Contains("Đã tải lên: <strong>giay-to.pdf</strong>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nguyễn Thị Mai\"", html, StringComparison.Ordinal);

        var corrected = PageFields(html);
        corrected["Input.CitizenId"] = "033190001234";
        var before = SubmissionApi.DossierCount(factory);
        var done = await PostAsync(client, corrected);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/nop-ho-so/xac-nhan", done.Headers.Location?.OriginalString);
        var receipt = await client.GetPageAsync("/nop-ho-so/xac-nhan");
        Assert.Contains("Mã tra cứu", receipt, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", receipt, StringComparison.Ordinal);
        Assert.Equal(before + 1, SubmissionApi.DossierCount(factory));
        Assert.Equal(papers.Count, factory.WithDb(db => db.Dossiers.OrderByDescending(d => d.Id).Select(d => d.Files.Count).First()));

        var shownOnce = await client.GetPageAsync("/nop-ho-so/xac-nhan");
        Assert.Contains("chỉ hiển thị một lần", shownOnce, StringComparison.Ordinal);
        Assert.DoesNotContain("receipt-key", shownOnce, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_submitted_form_creates_one_dossier()
    {
        var client = FormClient.For(factory);
        var page = await client.GetPageAsync(Path);
        var papers = PaperSlots().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var fields = PageFields(page);
        var before = SubmissionApi.DossierCount(factory);

        var first = PostAsync(client, fields, papers.Select(p => (p, "a.pdf")).ToArray());
        var second = PostAsync(client, fields, papers.Select(p => (p, "a.pdf")).ToArray());
        var responses = await Task.WhenAll(first, second);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(before + 1, SubmissionApi.DossierCount(factory));
    }

    private static Dictionary<string, string> PageFields(string page) => new()
    {
        ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
        ["Input.IdempotencyKey"] = Hidden(page, "Input.IdempotencyKey"),
        ["Input.PendingToken"] = Hidden(page, "Input.PendingToken"),
        ["Input.ApplicantName"] = "Nguyễn Thị Mai",
        ["Input.CitizenId"] = "033190001234",
        ["Input.DateOfBirth"] = "1990-02-03",
        ["Input.Phone"] = "0987654321",
        ["Input.Email"] = "",
        ["Input.Address"] = "Thôn Đông, phường Phố Hiến, Hưng Yên",
        ["Input.UnitId"] = SelectedUnit().Match(page).Groups[1].Value,
        ["Input.DeliveryMethod"] = "counter",
    };

    private static async Task<HttpResponseMessage> PostAsync(
        FormClient client, Dictionary<string, string> fields, params (string Slot, string Name)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (slot, name) in files)
        {
            form.Add(new ByteArrayContent(DiskFileStoreTests.Pdf()), slot, name);
        }

        return await client.Http.PostAsync(new Uri(Path, UriKind.Relative), form);
    }

    private static string Hidden(string page, string name)
    {
        var match = Regex.Match(page, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        if (!match.Success)
        {
            match = Regex.Match(page, $"value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"");
        }

        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"(paper-\\d+)\"")]
    private static partial Regex PaperSlots();

    [GeneratedRegex("<option selected=\"selected\" value=\"(\\d+)\"")]
    private static partial Regex SelectedUnit();
}
