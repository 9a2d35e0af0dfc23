using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Admin;
using MotCua.Web.Tests.Submission;

namespace MotCua.Web.Tests.Catalog;

public sealed partial class PaperTemplateTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewProcedure = "/quan-tri/thu-tuc/sua";

    [Fact]
    public async Task An_uploaded_pdf_template_is_linked_on_the_procedure_page_and_downloads_as_an_attachment()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        var pdf = DiskFileStoreTests.Pdf();

        using var response = await PostAsync(admin, NewProcedure, Fields("9.900301", "Thủ tục có mẫu đơn"), ("Input.Papers[0].Template", "Tờ khai lễ hội.pdf", pdf));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var paperId = PaperId("9.900301");
        var page = await FormClient.For(factory).GetPageAsync("/thu-tuc/9.900301");
        Assert.Contains($"href=\"/mau-don/{paperId}\"", page, StringComparison.Ordinal);

        using var download = await factory.CreateClient().GetAsync(new Uri($"/mau-don/{paperId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Tờ khai lễ hội.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        var audit = factory.WithDb(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "procedure.create" && a.Subject == "9.900301")
            .Select(a => a.Detail!).Single());
        Assert.True(audit.Contains("→ Tờ khai lễ hội.pdf", StringComparison.Ordinal), audit);

        // Saving again without choosing a file keeps the template; ticking "Bỏ tệp mẫu" removes it.
        var edit = $"{NewProcedure}/{ProcedureId("9.900301")}";
        var keep = Fields("9.900301", "Thủ tục có mẫu đơn (sửa)");
        keep["Input.Papers[0].Id"] = paperId.ToString(CultureInfo.InvariantCulture);
        using (var kept = await PostAsync(admin, edit, keep))
        {
            Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        }

        using (var still = await factory.CreateClient().GetAsync(new Uri($"/mau-don/{paperId}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        }

        keep["Input.Papers[0].RemoveTemplate"] = "true";
        using (var removed = await PostAsync(admin, edit, keep))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        using var gone = await factory.CreateClient().GetAsync(new Uri($"/mau-don/{paperId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("Không có mẫu", await FormClient.For(factory).GetPageAsync("/thu-tuc/9.900301"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_file_named_pdf_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var admin = await AdminTestData.AdminAsync(factory);

        using var response = await PostAsync(admin, NewProcedure, Fields("9.900302", "Thủ tục mẫu giả"),
            ("Input.Papers[0].Template", "mau-gia.pdf", Encoding.UTF8.GetBytes("Đây không phải là PDF")));

        var html = await AdminTestData.BodyAsync(response, HttpStatusCode.OK);
        Assert.Matches(UnitAdminTests.FieldError("Input.Papers[0].Template", "Tệp “mau-gia.pdf” không đúng định dạng cho phép"), html);
        Assert.False(factory.WithDb(db => db.Procedures.Any(p => p.Code == "9.900302")));
    }

    [Fact]
    public async Task A_picture_is_not_accepted_as_a_form_template()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        using var response = await PostAsync(admin, NewProcedure, Fields("9.900303", "Thủ tục mẫu ảnh"), ("Input.Papers[0].Template", "anh.png", png));

        var html = await AdminTestData.BodyAsync(response, HttpStatusCode.OK);
        Assert.Matches(UnitAdminTests.FieldError("Input.Papers[0].Template", "Tệp “anh.png” không phải PDF, DOCX hoặc XLSX"), html);
        Assert.False(factory.WithDb(db => db.Procedures.Any(p => p.Code == "9.900303")));
    }

    [Fact]
    public async Task A_paper_without_a_template_or_an_unknown_paper_answers_404()
    {
        var without = factory.WithDb(db => db.Procedures.AsNoTracking().Where(p => p.IsActive)
            .SelectMany(p => p.Papers).Where(x => x.TemplateStoredName == null).Select(x => x.Id).First());
        var client = factory.CreateClient();

        using var none = await client.GetAsync(new Uri($"/mau-don/{without}", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/mau-don/999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_birth_registration_form_of_the_demo_catalogue_downloads_as_a_pdf()
    {
        var page = await FormClient.For(factory).GetPageAsync("/thu-tuc/1.001193");
        var link = TemplateLink().Match(page);
        Assert.True(link.Success, "the demo birth registration procedure links its form template");

        using var download = await factory.CreateClient().GetAsync(new Uri(link.Groups[1].Value, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal("to-khai-dang-ky-khai-sinh.pdf", download.Content.Headers.ContentDisposition?.FileNameStar
            ?? download.Content.Headers.ContentDisposition?.FileName);
    }

    private int ProcedureId(string code) => factory.WithDb(db => db.Procedures.Single(p => p.Code == code).Id);

    private int PaperId(string code) => factory.WithDb(db => db.Procedures.Where(p => p.Code == code).SelectMany(p => p.Papers).Single().Id);

    private Dictionary<string, string> Fields(string code, string name) => new()
    {
        ["Input.Code"] = code,
        ["Input.Name"] = name,
        ["Input.FieldId"] = AdminTestData.FieldId(factory, "VH").ToString(CultureInfo.InvariantCulture),
        ["Input.ImplementingLevel"] = "Commune",
        ["Input.OnlineLevel"] = "Full",
        ["Input.TimeLimit"] = "5",
        ["Input.TimeLimitUnit"] = "WorkingDays",
        ["Input.Result"] = "Văn bản chấp thuận",
        ["Input.LegalBasis"] = "Nghị định số 110/2018/NĐ-CP",
        ["Input.IsActive"] = "true",
        ["Input.UnitIds"] = AdminTestData.UnitId(factory, "Phường Phố Hiến").ToString(CultureInfo.InvariantCulture),
        ["Input.Papers[0].Name"] = "Tờ khai đăng ký lễ hội",
        ["Input.Papers[0].OriginalRequired"] = "true",
        ["Input.Papers[0].Sets"] = "1",
        ["Input.Papers[0].IsMandatory"] = "true",
        ["Input.Steps[0].Name"] = "Tiếp nhận và giải quyết",
        ["Input.Steps[0].UnitLevel"] = "Commune",
        ["Input.Steps[0].Role"] = "TiepNhan",
        ["Input.Steps[0].SharePercent"] = "100",
    };

    /// <summary>Posts the editor as a multipart form (as the browser does), with the antiforgery token of the page.</summary>
    private static async Task<HttpResponseMessage> PostAsync(
        FormClient client, string path, Dictionary<string, string> fields, params (string Field, string Name, byte[] Content)[] files)
    {
        var page = await client.GetPageAsync(path);
        var token = Token().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {path}");
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
            form.Add(new StringContent(value), key);
        form.Add(new StringContent(token.Groups[1].Value), "__RequestVerificationToken");
        foreach (var (field, name, content) in files)
            form.Add(new ByteArrayContent(content), field, name);
        return await client.Http.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/mau-don/\\d+)\"")]
    private static partial Regex TemplateLink();
}
