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
        var review = await PostAsync(client, corrected);
        var reviewHtml = await review.Content.ReadAsStringAsync();
        Assert.Contains("Xem lại hồ sơ trước khi nộp", reviewHtml, StringComparison.Ordinal);
        Assert.Contains("Thôn Đông, Phường Phố Hiến, Tỉnh Hưng Yên", reviewHtml, StringComparison.Ordinal);
        Assert.Equal(before, SubmissionApi.DossierCount(factory));

        var done = await ConfirmAsync(client, reviewHtml);

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

        var review = await (await PostAsync(client, fields, papers.Select(p => (p, "a.pdf")).ToArray())).Content.ReadAsStringAsync();

        var first = ConfirmAsync(client, review);
        var second = ConfirmAsync(client, review);
        var responses = await Task.WhenAll(first, second);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(before + 1, SubmissionApi.DossierCount(factory));
    }

    [Fact]
    public async Task Going_back_from_the_review_keeps_every_field_and_upload_and_a_missing_province_is_named()
    {
        var client = FormClient.For(factory);
        var page = await client.GetPageAsync(Path);
        var papers = PaperSlots().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var fields = PageFields(page);
        fields["Input.Province"] = "";

        var missing = await (await PostAsync(client, fields, papers.Select(p => (p, "ban-sao.pdf")).ToArray())).Content.ReadAsStringAsync();
        Assert.Contains("Vui lòng chọn tỉnh, thành phố.", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("Xem lại hồ sơ trước khi nộp", missing, StringComparison.Ordinal);

        var again = PageFields(missing);
        var review = await (await PostAsync(client, again)).Content.ReadAsStringAsync();
        Assert.Contains("ban-sao.pdf", review, StringComparison.Ordinal);
        var edit = await client.Http.PostAsync(
            new Uri(Path + "?handler=Edit", UriKind.Relative), new FormUrlEncodedContent(ReviewFields(review)));
        var form = await edit.Content.ReadAsStringAsync();

        Assert.Contains("value=\"Nguyễn Thị Mai\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"1990-02-03\"", form, StringComparison.Ordinal);
        Assert.Matches("<option[^>]*(selected[^>]*value=\"Tỉnh Hưng Yên\"|value=\"Tỉnh Hưng Yên\"[^>]*selected)", form);
        Assert.Contains("Đã tải lên: <strong>ban-sao.pdf</strong>", form, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(FormClient client, string review) =>
        await client.Http.PostAsync(new Uri(Path + "?handler=Confirm", UriKind.Relative), new FormUrlEncodedContent(ReviewFields(review)));

    /// <summary>The hidden fields of the review step, as the browser would post them back.</summary>
    private static Dictionary<string, string> ReviewFields(string review)
    {
        var form = review[review.IndexOf("<section aria-labelledby=\"review-title\"", StringComparison.Ordinal)..];
        return HiddenInputs().Matches(form).Select(m => m.Value).ToDictionary(
            input => Regex.Match(input, "name=\"([^\"]+)\"").Groups[1].Value,
            input => System.Net.WebUtility.HtmlDecode(Regex.Match(input, "value=\"([^\"]*)\"").Groups[1].Value));
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
        ["Input.Address"] = "Thôn Đông",
        ["Input.Commune"] = "Phường Phố Hiến",
        ["Input.Province"] = "Tỉnh Hưng Yên",
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

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInputs();

    [GeneratedRegex("name=\"(paper-\\d+)\"")]
    private static partial Regex PaperSlots();

    [GeneratedRegex("<option selected=\"selected\" value=\"(\\d+)\"")]
    private static partial Regex SelectedUnit();
}
