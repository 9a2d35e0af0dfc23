using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Officer;

/// <summary>
/// At the counter, the person's papers digitised and results issued in earlier dossiers are listed by CCCD and can be
/// reused in the new dossier without handing them in again, only from dossiers of the officer's unit and of that person.
/// </summary>
public sealed class CounterReuseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "tiepnhan@motcua.local";
    private const string OtherUnitOfficer = "tiepnhan2@motcua.local";
    private const string Refused =
        "Giấy tờ dùng lại phải là giấy tờ đã số hóa hoặc kết quả trong hồ sơ trước đây của chính người nộp này tại đơn vị.";

    [Fact]
    public async Task The_lookup_by_cccd_lists_the_earlier_files_of_the_person_with_their_download_address()
    {
        var (code, citizenId) = EarlierDossier(Officer, "Đỗ Thị Đã Số Hóa");
        var result = AddFile(code, FileKind.Result, "giay-chung-nhan.pdf");
        var scan = AddFile(code, FileKind.Application, "to-khai.pdf");
        var client = await OfficerTestData.SignedInAsync(factory, Officer);

        var found = await LookupAsync(client, citizenId);

        var files = found.GetProperty("applicant").GetProperty("files").EnumerateArray().ToList();
        var listed = files.Single(f => f.GetProperty("id").GetGuid() == result.Id);
        Assert.Equal("giay-chung-nhan.pdf", listed.GetProperty("originalName").GetString());
        Assert.Equal("Kết quả", listed.GetProperty("kind").GetString());
        Assert.Equal(code, listed.GetProperty("dossierCode").GetString());
        Assert.Contains(files, f => f.GetProperty("id").GetGuid() == scan.Id);

        var stranger = await OfficerTestData.SignedInAsync(factory, OtherUnitOfficer);
        Assert.False((await LookupAsync(stranger, citizenId)).GetProperty("found").GetBoolean());
    }

    [Fact]
    public async Task A_reused_file_is_attached_to_the_new_dossier_with_the_same_stored_content_and_an_audit()
    {
        var (earlier, citizenId) = EarlierDossier(Officer, "Đỗ Văn Dùng Lại");
        var file = AddFile(earlier, FileKind.Result, "quyet-dinh.pdf");
        var client = await OfficerTestData.SignedInAsync(factory, Officer);

        var saved = await client.PostFormAsync("/can-bo/tiep-nhan", Form(citizenId, "Đỗ Văn Dùng Lại", file.Id));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var code = Regex.Match(saved.Headers.Location!.OriginalString, "^/can-bo/ho-so/(.+)/mau/1$").Groups[1].Value;
        var reused = factory.WithDb(db => db.Dossiers.AsNoTracking().Where(d => d.Code == code).SelectMany(d => d.Files).Single());
        Assert.NotEqual(file.Id, reused.Id);
        Assert.Equal(file.StoredName, reused.StoredName);
        Assert.Equal(file.Sha256, reused.Sha256);
        Assert.Equal("quyet-dinh.pdf", reused.OriginalName);
        Assert.Equal(FileKind.Application, reused.Kind);
        Assert.Equal(
            [file.Id.ToString()],
            factory.WithDb(db => db.AuditEntries.Where(a => a.Action == "dossier.file.reuse" && a.Subject == code).Select(a => a.Detail).ToList()));
        Assert.Contains($"/can-bo/ho-so/{code}/tep/{reused.Id}", await client.GetPageAsync($"/can-bo/ho-so/{code}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_another_citizen_or_of_another_units_dossier_is_refused_and_no_dossier_is_created()
    {
        var (_, citizenId) = EarlierDossier(Officer, "Đỗ Thị Người Nộp");
        var (otherPerson, _) = EarlierDossier(Officer, "Đỗ Văn Người Khác");
        var ofOtherPerson = AddFile(otherPerson, FileKind.Result, "cua-nguoi-khac.pdf");
        var (otherUnit, _) = EarlierDossier(OtherUnitOfficer, "Đỗ Thị Người Nộp");
        SetCitizenId(otherUnit, citizenId);
        var ofOtherUnit = AddFile(otherUnit, FileKind.Result, "cua-don-vi-khac.pdf");
        var client = await OfficerTestData.SignedInAsync(factory, Officer);
        var before = factory.WithDb(db => db.Dossiers.Count());

        foreach (var fileId in new[] { ofOtherPerson.Id, ofOtherUnit.Id })
        {
            var response = await client.PostFormAsync("/can-bo/tiep-nhan", Form(citizenId, "Đỗ Thị Người Nộp", fileId));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains(Refused, page, StringComparison.Ordinal);
            Assert.Contains("value=\"Đỗ Thị Người Nộp\"", page, StringComparison.Ordinal);
        }

        Assert.Equal(before, factory.WithDb(db => db.Dossiers.Count()));
        Assert.Empty(factory.WithDb(db => db.AuditEntries.Where(a => a.Action == "dossier.file.reuse" && a.Detail != null
            && (a.Detail == ofOtherPerson.Id.ToString() || a.Detail == ofOtherUnit.Id.ToString())).ToList()));
    }

    private (string Code, string CitizenId) EarlierDossier(string officer, string name)
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, officer, name);
        return (code, OfficerTestData.Load(factory.Services, code).Applicant.CitizenId);
    }

    private DossierFile AddFile(string code, FileKind kind, string name) => factory.WithDb(db =>
    {
        var dossier = db.Dossiers.Include(d => d.Files).Single(d => d.Code == code);
        var file = new DossierFile
        {
            Kind = kind,
            OriginalName = name,
            StoredName = Guid.NewGuid().ToString("N") + ".pdf",
            ContentType = "application/pdf",
            Size = 2048,
            Sha256 = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()).PadRight(64, '0'),
            UploadedAt = DateTimeOffset.UtcNow.AddDays(-30),
        };
        dossier.Files.Add(file);
        db.SaveChanges();
        return file;
    });

    private void SetCitizenId(string code, string citizenId) => factory.WithDb(db =>
    {
        var dossier = db.Dossiers.Single(d => d.Code == code);
        dossier.Applicant.CitizenId = citizenId;
        return db.SaveChanges();
    });

    private static async Task<JsonElement> LookupAsync(FormClient client, string citizenId)
    {
        var response = await client.PostWithTokenFromAsync(
            "/can-bo/tiep-nhan", "/can-bo/tiep-nhan?handler=Lookup", new Dictionary<string, string> { ["cccd"] = citizenId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The counter form with the first paper of the first procedure the unit receives ticked, and one file reused.</summary>
    private Dictionary<string, string> Form(string citizenId, string name, Guid reusedFileId)
    {
        var (procedureId, paperId) = factory.WithDb(db =>
        {
            var unitId = db.Users.Where(u => u.Email == Officer).Select(u => u.UnitId).Single();
            var procedure = db.Procedures.AsNoTracking().Include(p => p.Papers)
                .Where(p => p.IsActive && p.ReceivingUnits.Any(r => r.UnitId == unitId) && p.Papers.Count > 0)
                .OrderBy(p => p.Id)
                .First();
            return (procedure.Id, procedure.Papers.OrderBy(p => p.Order).First().Id);
        });
        return new Dictionary<string, string>
        {
            ["Input.CitizenId"] = citizenId,
            ["Input.FullName"] = name,
            ["Input.ProcedureId"] = procedureId.ToString(CultureInfo.InvariantCulture),
            ["Input.DeliveryMethod"] = nameof(DeliveryMethod.Counter),
            ["Input.Papers[0].ProcedureId"] = procedureId.ToString(CultureInfo.InvariantCulture),
            ["Input.Papers[0].PaperId"] = paperId.ToString(CultureInfo.InvariantCulture),
            ["Input.Papers[0].Received"] = "true",
            ["Input.Papers[0].IsOriginal"] = "true",
            ["Input.Papers[0].Sets"] = "1",
            ["Input.ReusedFileIds[0]"] = reusedFileId.ToString(),
        };
    }
}
