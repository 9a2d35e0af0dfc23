using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;

namespace MotCua.Web.Tests.Officer;

public sealed class CounterIntakeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "tiepnhan@motcua.local";

    [Fact]
    public async Task A_dossier_received_at_the_counter_is_accepted_at_once_with_its_code_and_the_calendars_due_date()
    {
        var (procedure, papers, unitCode) = CatalogueOf(Officer);
        var client = await OfficerTestData.SignedInAsync(factory, Officer);

        var saved = await client.PostFormAsync("/can-bo/tiep-nhan", Form("012345678901", "Nguyễn Văn Quầy", procedure.Id, papers));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var receiptPath = saved.Headers.Location!.OriginalString;
        var code = Regex.Match(receiptPath, "^/can-bo/ho-so/(.+)/mau/1$").Groups[1].Value;
        Assert.Matches($"^{Regex.Escape(unitCode)}-\\d{{6}}-\\d{{4}}$", code);
        var dossier = OfficerTestData.Load(factory.Services, code);
        Assert.Equal(DossierStatus.Accepted, dossier.Status);
        Assert.Equal(Channel.Counter, dossier.Channel);
        Assert.Equal(dossier.SubmittedAt, dossier.ReceivedAt);
        var calendar = WorkingCalendar.ForYears(DateTime.UtcNow.Year - 1, DateTime.UtcNow.Year + 2);
        var expected = DeadlineCalculator.Compute(
            calendar,
            dossier.ReceivedAt!.Value,
            new ProcessingTime(procedure.TimeLimit, procedure.TimeLimitUnit == TimeLimitUnit.WorkingHours ? ProcessingUnit.WorkingHours : ProcessingUnit.WorkingDays),
            procedure.CutoffTime);
        Assert.Equal(expected.DueDate, dossier.DueDate);
        Assert.Equal([papers[0].Name], dossier.ReceivedPapers.Select(p => p.Name));

        var receipt = await client.GetPageAsync(receiptPath);
        Assert.Contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", receipt, StringComparison.Ordinal);
        Assert.Contains(code, receipt, StringComparison.Ordinal);
        Assert.Contains(Appointment(dossier.DueDate!.Value), receipt, StringComparison.Ordinal);
        var key = Regex.Match(receipt, "class=\"tracking-key\">([A-Z0-9]{10})<").Groups[1].Value;
        Assert.True(TrackingKey.Matches(key, dossier.TrackingKeyHash), "The receipt shows the dossier's lookup key.");

        var reprint = await client.GetPageAsync(receiptPath);
        Assert.DoesNotContain(key, reprint, StringComparison.Ordinal);
        Assert.Contains("Mã tra cứu đã cấp khi tiếp nhận", reprint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_cccd_and_no_paper_are_explained_and_what_was_typed_stays()
    {
        var (procedure, papers, _) = CatalogueOf(Officer);
        var client = await OfficerTestData.SignedInAsync(factory, Officer);
        var before = factory.WithDb(db => db.Dossiers.Count());
        var fields = Form("12345", "Trần Thị Giữ Lại", procedure.Id, papers);
        fields["Input.Papers[0].Received"] = "false";

        var response = await client.PostFormAsync("/can-bo/tiep-nhan", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Số CCCD/định danh cá nhân phải gồm đúng 12 chữ số.", page, StringComparison.Ordinal);
        Assert.Contains("Vui lòng đánh dấu ít nhất một thành phần hồ sơ đã nhận.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Trần Thị Giữ Lại\"", page, StringComparison.Ordinal);
        Assert.Equal(before, factory.WithDb(db => db.Dossiers.Count()));
    }

    [Fact]
    public async Task A_procedure_the_unit_does_not_receive_is_refused()
    {
        var (_, papers, _) = CatalogueOf(Officer);
        var foreign = factory.WithDb(db =>
        {
            var unitId = db.Users.Where(u => u.Email == Officer).Select(u => u.UnitId).Single();
            return db.Procedures.Where(p => !p.ReceivingUnits.Any(r => r.UnitId == unitId)).Select(p => (int?)p.Id).FirstOrDefault()
                ?? db.Procedures.Max(p => p.Id) + 1000;
        });
        var client = await OfficerTestData.SignedInAsync(factory, Officer);

        var response = await client.PostFormAsync("/can-bo/tiep-nhan", Form("012345678902", "Lê Văn Sai Chỗ", foreign, papers));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng chọn một thủ tục mà đơn vị được tiếp nhận.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lookup_by_cccd_returns_the_latest_details_and_earlier_dossiers_of_the_unit_only()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, Officer, "Phan Thị Quen Biết");
        var citizenId = OfficerTestData.Load(factory.Services, code).Applicant.CitizenId;
        var owner = await OfficerTestData.SignedInAsync(factory, Officer);
        var stranger = await OfficerTestData.SignedInAsync(factory, "tiepnhan2@motcua.local");

        var found = await LookupAsync(owner, citizenId);
        var hidden = await LookupAsync(stranger, citizenId);

        Assert.True(found.GetProperty("found").GetBoolean());
        var applicant = found.GetProperty("applicant");
        Assert.Equal("Phan Thị Quen Biết", applicant.GetProperty("fullName").GetString());
        Assert.Equal("0912345678", applicant.GetProperty("phone").GetString());
        Assert.Contains(applicant.GetProperty("dossiers").EnumerateArray(), d => d.GetProperty("code").GetString() == code);
        Assert.False(hidden.GetProperty("found").GetBoolean());
    }

    private static async Task<JsonElement> LookupAsync(FormClient client, string citizenId)
    {
        var response = await client.PostWithTokenFromAsync(
            "/can-bo/tiep-nhan", "/can-bo/tiep-nhan?handler=Lookup", new Dictionary<string, string> { ["cccd"] = citizenId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private (Procedure Procedure, List<ProcedurePaper> Papers, string UnitCode) CatalogueOf(string email) => factory.WithDb(db =>
    {
        var unitId = db.Users.Where(u => u.Email == email).Select(u => u.UnitId).Single();
        var procedure = db.Procedures.AsNoTracking().Include(p => p.Papers)
            .Where(p => p.IsActive && p.ReceivingUnits.Any(r => r.UnitId == unitId) && p.Papers.Count > 1)
            .OrderBy(p => p.Id)
            .First();
        return (procedure, procedure.Papers.OrderBy(p => p.Order).ToList(), db.Units.Single(u => u.Id == unitId).Code);
    });

    /// <summary>The counter form as posted, with only the first paper ticked.</summary>
    private static Dictionary<string, string> Form(string citizenId, string name, int procedureId, List<ProcedurePaper> papers)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.CitizenId"] = citizenId,
            ["Input.FullName"] = name,
            ["Input.DateOfBirth"] = "05/09/1990",
            ["Input.Phone"] = "0987654321",
            ["Input.ProcedureId"] = procedureId.ToString(CultureInfo.InvariantCulture),
            ["Input.DeliveryMethod"] = nameof(DeliveryMethod.Counter),
        };
        for (var i = 0; i < papers.Count; i++)
        {
            fields[$"Input.Papers[{i}].ProcedureId"] = procedureId.ToString(CultureInfo.InvariantCulture);
            fields[$"Input.Papers[{i}].PaperId"] = papers[i].Id.ToString(CultureInfo.InvariantCulture);
            fields[$"Input.Papers[{i}].IsOriginal"] = "true";
            fields[$"Input.Papers[{i}].Sets"] = "1";
        }

        fields["Input.Papers[0].Received"] = "true";
        return fields;
    }

    /// <summary>The appointment as Form 01 writes it: "ngày 05 tháng 01 năm 2026".</summary>
    private static string Appointment(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {day.Day:00} tháng {day.Month:00} năm {day.Year}");
}
