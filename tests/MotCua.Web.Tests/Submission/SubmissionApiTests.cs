using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Submission;

public sealed class SubmissionApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_valid_submission_is_created_with_a_code_of_the_receiving_unit_and_today_and_a_key()
    {
        using var response = await SubmissionApi.PostAsync(factory.CreateClient(), SubmissionApi.ValidForm());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await SubmissionApi.JsonAsync(response);
        var code = json.GetProperty("code").GetString()!;
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Matches($"^{Regex.Escape(SubmissionApi.UnitCodeOfFirstReceiver(factory))}-{today}-\\d{{4}}$", code);
        Assert.Equal(10, json.GetProperty("trackingKey").GetString()!.Length);
        Assert.Equal(1, json.GetProperty("status").GetInt32());

        var saved = factory.WithDb(db => db.Dossiers.AsNoTracking().Include(d => d.Files).Single(d => d.Code == code));
        Assert.Equal(Channel.Online, saved.Channel);
        Assert.Equal(DeliveryMethod.Online, saved.DeliveryMethod);
        Assert.NotEqual(json.GetProperty("trackingKey").GetString(), saved.TrackingKeyHash);
        var file = Assert.Single(saved.Files);
        Assert.Equal(FileKind.Application, file.Kind);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.True(File.Exists(Path.Combine(factory.Folder, "files", file.StoredName[..2], file.StoredName)));
    }

    [Theory]
    [InlineData("applicantName", "", "applicantName")]
    [InlineData("applicantName", "Một cái tên rất dài vượt quá một trăm ký tự cho phép của trường họ và tên người nộp hồ sơ trực tuyến ở đây", "applicantName")]
    [InlineData("citizenId", "03309000123", "citizenId")]
    [InlineData("citizenId", "003090001234", "citizenId")]
    [InlineData("citizenId", "033490001234", "citizenId")]
    [InlineData("citizenId", "033291001234", "citizenId")]
    [InlineData("citizenId", "033089001234", "citizenId")]
    [InlineData("dateOfBirth", "2999-01-01", "dateOfBirth")]
    [InlineData("dateOfBirth", "1890-01-01", "dateOfBirth")]
    [InlineData("dateOfBirth", "hôm qua", "dateOfBirth")]
    [InlineData("phone", "0212345678", "phone")]
    [InlineData("phone", "091234567", "phone")]
    [InlineData("email", "khong-phai-email", "email")]
    [InlineData("address", "", "address")]
    [InlineData("deliveryMethod", "drone", "deliveryMethod")]
    [InlineData("procedureCode", "9.999999", "procedureCode")]
    [InlineData("unitId", "999999", "unitId")]
    public async Task Each_invalid_field_is_a_400_naming_that_field(string field, string value, string errorKey)
    {
        var fields = SubmissionApi.ValidFields();
        fields[field] = value;
        var before = SubmissionApi.DossierCount(factory);

        using var response = await SubmissionApi.PostAsync(
            factory.CreateClient(), SubmissionApi.Form(fields, ("to-khai.pdf", DiskFileStoreTests.Pdf())));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(errorKey, out _), body);
        Assert.Equal(before, SubmissionApi.DossierCount(factory));
    }

    [Fact]
    public async Task Online_delivery_is_refused_for_a_procedure_only_partly_online()
    {
        var fields = SubmissionApi.ValidFields();
        fields["procedureCode"] = "1.000894";

        using var response = await SubmissionApi.PostAsync(
            factory.CreateClient(), SubmissionApi.Form(fields, ("to-khai.pdf", DiskFileStoreTests.Pdf())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("deliveryMethod", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_file_named_pdf_is_a_400_and_is_not_kept()
    {
        var files = Directory.Exists(Path.Combine(factory.Folder, "files"))
            ? Directory.GetFiles(Path.Combine(factory.Folder, "files"), "*", SearchOption.AllDirectories).Length
            : 0;

        using var response = await SubmissionApi.PostAsync(factory.CreateClient(), SubmissionApi.Form(
            SubmissionApi.ValidFields(), ("to-khai.pdf", "Đây không phải PDF"u8.ToArray())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không đúng định dạng", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(files, Directory.GetFiles(Path.Combine(factory.Folder, "files"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task A_file_over_20_MB_is_a_413()
    {
        var big = new byte[21 * 1024 * 1024];
        DiskFileStoreTests.Pdf().CopyTo(big, 0);

        using var response = await SubmissionApi.PostAsync(
            factory.CreateClient(), SubmissionApi.Form(SubmissionApi.ValidFields(), ("lon.pdf", big)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_request_declaring_200_MB_is_a_413_before_it_is_read()
    {
        using var content = new StreamContent(new MemoryStream(new byte[16]));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        content.Headers.ContentLength = 200L * 1024 * 1024;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = content };

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_return_the_same_dossier_and_key()
    {
        var http = factory.CreateClient();
        var key = Guid.NewGuid().ToString();
        var before = SubmissionApi.DossierCount(factory);

        using var first = await SubmissionApi.PostAsync(http, SubmissionApi.ValidForm("Trần Thị Bình"), key);
        using var second = await SubmissionApi.PostAsync(http, SubmissionApi.ValidForm("Trần Thị Bình"), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var a = await SubmissionApi.JsonAsync(first);
        var b = await SubmissionApi.JsonAsync(second);
        Assert.Equal(a.GetProperty("code").GetString(), b.GetProperty("code").GetString());
        Assert.Equal(a.GetProperty("trackingKey").GetString(), b.GetProperty("trackingKey").GetString());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(before + 1, SubmissionApi.DossierCount(factory));
    }

    [Fact]
    public async Task The_same_idempotency_key_with_another_body_is_a_422()
    {
        var http = factory.CreateClient();
        var key = Guid.NewGuid().ToString();

        using var first = await SubmissionApi.PostAsync(http, SubmissionApi.ValidForm("Lê Văn Cường"), key);
        using var second = await SubmissionApi.PostAsync(http, SubmissionApi.ValidForm("Lê Văn Cường Khác"), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
    }

    [Fact]
    public async Task With_paper_ids_a_missing_mandatory_paper_is_a_400_naming_it_and_nothing_is_created()
    {
        var mandatory = MandatoryPaperIds();
        Assert.NotEmpty(mandatory);
        var fields = SubmissionApi.ValidFields("Phạm Thiếu Giấy");
        var files = mandatory.Skip(1).Select(id => ($"giay-{id}.pdf", DiskFileStoreTests.Pdf())).Append(("khac.pdf", DiskFileStoreTests.Pdf())).ToArray();
        fields["paperIds"] = string.Join(',', mandatory.Skip(1).Append(mandatory[0] + 100_000));

        using var unknown = await SubmissionApi.PostAsync(factory.CreateClient(), SubmissionApi.Form(fields, files));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        fields["paperIds"] = string.Join(',', mandatory.Skip(1).Append(mandatory[^1]));
        using var missing = await SubmissionApi.PostAsync(factory.CreateClient(), SubmissionApi.Form(fields, files));
        var body = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var keys = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(keys, k => k.EndsWith($"[{mandatory[0]}]", StringComparison.Ordinal));
        Assert.Equal(0, factory.WithDb(db => db.Dossiers.Count(d => d.Applicant.FullName == "Phạm Thiếu Giấy")));
    }

    [Fact]
    public async Task Paper_ids_that_do_not_match_the_files_one_to_one_are_a_400_on_paperIds()
    {
        var fields = SubmissionApi.ValidFields();
        fields["paperIds"] = string.Join(',', MandatoryPaperIds().Append(1));

        using var response = await SubmissionApi.PostAsync(
            factory.CreateClient(), SubmissionApi.Form(fields, ("to-khai.pdf", DiskFileStoreTests.Pdf())));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("paperIds", out _), body);
    }

    [Fact]
    public async Task With_every_mandatory_paper_attached_the_files_are_filed_under_their_papers()
    {
        var mandatory = MandatoryPaperIds();
        var fields = SubmissionApi.ValidFields("Đỗ Đủ Giấy");
        fields["paperIds"] = string.Join(',', mandatory);

        using var response = await SubmissionApi.PostAsync(
            factory.CreateClient(), SubmissionApi.Form(fields, [.. mandatory.Select(id => ($"giay-{id}.pdf", DiskFileStoreTests.Pdf()))]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = (await SubmissionApi.JsonAsync(response)).GetProperty("code").GetString();
        var filed = factory.WithDb(db => db.Dossiers.AsNoTracking().Where(d => d.Code == code)
            .SelectMany(d => d.Files).Select(f => f.PaperId).OrderBy(id => id).ToList());
        Assert.Equal(mandatory.Select(id => (int?)id), filed);
    }

    private int[] MandatoryPaperIds() => factory.WithDb(db => db.Procedures.AsNoTracking()
        .Where(p => p.Code == SubmissionApi.FullOnlineProcedure)
        .SelectMany(p => p.Papers).Where(p => p.IsMandatory).OrderBy(p => p.Id).Select(p => p.Id).ToArray());
}
