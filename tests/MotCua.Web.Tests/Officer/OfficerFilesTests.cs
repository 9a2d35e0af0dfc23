using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Tests.Submission;

namespace MotCua.Web.Tests.Officer;

/// <summary>Scans uploaded at the counter, and dossier files downloaded by the officers of the dossier's unit only.</summary>
public sealed partial class OfficerFilesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reception = "tiepnhan@motcua.local";
    private const string OtherUnitReception = "tiepnhan2@motcua.local";

    [Fact]
    public async Task A_scan_uploaded_at_the_counter_is_attached_to_its_paper_and_downloaded_by_the_unit_only_with_an_audit()
    {
        var (procedureId, paperId) = Catalogue();
        var client = await OfficerTestData.SignedInAsync(factory, Reception);
        var pdf = DiskFileStoreTests.Pdf();

        var saved = await PostCounterAsync(client, "Lâm Thị Có Bản Quét", procedureId, paperId, ("don-de-nghi.pdf", pdf));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var code = Regex.Match(saved.Headers.Location!.OriginalString, "^/can-bo/ho-so/(.+)/mau/1$").Groups[1].Value;
        var file = factory.WithDb(db => db.Dossiers.AsNoTracking().Where(d => d.Code == code).SelectMany(d => d.Files).Single());
        Assert.Equal(paperId, file.PaperId);
        Assert.Equal(FileKind.Application, file.Kind);
        Assert.Equal("don-de-nghi.pdf", file.OriginalName);
        var path = $"/can-bo/ho-so/{code}/tep/{file.Id}";
        Assert.Contains($"href=\"{path}\"", await client.GetPageAsync($"/can-bo/ho-so/{code}"), StringComparison.Ordinal);

        var download = await client.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(
            [file.Id.ToString()],
            factory.WithDb(db => db.AuditEntries.Where(a => a.Action == "dossier.file" && a.Subject == code).Select(a => a.Detail).ToList()));

        var stranger = await OfficerTestData.SignedInAsync(factory, OtherUnitReception);
        var refused = await stranger.Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Single(factory.WithDb(db => db.AuditEntries.Where(a => a.Action == "dossier.file" && a.Subject == code).ToList()));
    }

    [Fact]
    public async Task A_file_of_another_dossier_is_not_found_through_this_dossiers_address()
    {
        var (procedureId, paperId) = Catalogue();
        var client = await OfficerTestData.SignedInAsync(factory, Reception);
        var saved = await PostCounterAsync(client, "Lâm Văn Tệp Riêng", procedureId, paperId, ("to-khai.pdf", DiskFileStoreTests.Pdf()));
        var code = Regex.Match(saved.Headers.Location!.OriginalString, "^/can-bo/ho-so/(.+)/mau/1$").Groups[1].Value;
        var fileId = factory.WithDb(db => db.Dossiers.Where(d => d.Code == code).SelectMany(d => d.Files).Select(f => f.Id).Single());
        var other = OfficerTestData.CreateSubmitted(factory.Services, Reception, "Lâm Thị Hồ Sơ Khác");

        var response = await client.Http.GetAsync(new Uri($"/can-bo/ho-so/{other}/tep/{fileId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_scan_that_is_not_an_allowed_file_is_refused_and_no_dossier_is_created()
    {
        var (procedureId, paperId) = Catalogue();
        var client = await OfficerTestData.SignedInAsync(factory, Reception);
        var before = factory.WithDb(db => db.Dossiers.Count());

        var response = await PostCounterAsync(
            client, "Lâm Văn Tệp Giả", procedureId, paperId, ("gia-mao.pdf", Encoding.ASCII.GetBytes("MZ not a pdf at all")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("gia-mao.pdf", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Lâm Văn Tệp Giả\"", page, StringComparison.Ordinal);
        Assert.Equal(before, factory.WithDb(db => db.Dossiers.Count()));
    }

    private (int ProcedureId, int PaperId) Catalogue() => factory.WithDb(db =>
    {
        var unitId = db.Users.Where(u => u.Email == Reception).Select(u => u.UnitId).Single();
        var procedure = db.Procedures.AsNoTracking().Include(p => p.Papers)
            .Where(p => p.IsActive && p.ReceivingUnits.Any(r => r.UnitId == unitId) && p.Papers.Count > 0)
            .OrderBy(p => p.Id)
            .First();
        return (procedure.Id, procedure.Papers.OrderBy(p => p.Order).First().Id);
    });

    private static async Task<HttpResponseMessage> PostCounterAsync(
        FormClient client, string name, int procedureId, int paperId, (string Name, byte[] Content) scan)
    {
        var page = await client.GetPageAsync("/can-bo/tiep-nhan");
        var token = TokenPattern().Match(page).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.CitizenId"] = "034199012345",
            ["Input.FullName"] = name,
            ["Input.ProcedureId"] = procedureId.ToString(CultureInfo.InvariantCulture),
            ["Input.DeliveryMethod"] = nameof(DeliveryMethod.Counter),
            ["Input.Papers[0].ProcedureId"] = procedureId.ToString(CultureInfo.InvariantCulture),
            ["Input.Papers[0].PaperId"] = paperId.ToString(CultureInfo.InvariantCulture),
            ["Input.Papers[0].Received"] = "true",
            ["Input.Papers[0].IsOriginal"] = "true",
            ["Input.Papers[0].Sets"] = "1",
        };
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        var part = new ByteArrayContent(scan.Content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, $"scan-{paperId}", scan.Name);
        return await client.Http.PostAsync(new Uri("/can-bo/tiep-nhan", UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
