using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Officer;

/// <summary>
/// The finished list ("Đã xử lý xong"): most recently finished first, the dossiers a unit received and those another
/// unit handed to it in one list, and a count that stops at ten thousand for a large commune.
/// </summary>
public sealed partial class WorkListDoneTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Specialist = "chuyenvien@motcua.local";
    private const string JusticeSpecialist = "chuyenvien.stp@motcua.local";
    private const string Leader = "lanhdao.xa@motcua.local";

    [Fact]
    public async Task Finished_dossiers_come_most_recent_first_and_a_dossier_resolved_by_the_department_is_in_both_lists()
    {
        var first = HandoffTestData.CreateInProcessing(factory.Services, "Đinh Thị Xong Trước");
        var handed = HandoffTestData.CreateInProcessing(factory.Services, "Đinh Văn Liên Thông Xong");
        var last = HandoffTestData.CreateInProcessing(factory.Services, "Đinh Thị Xong Sau");
        var departmentOwn = HandoffTestData.CreateInProcessing(factory.Services, "Đinh Văn Nộp Tại Sở", JusticeSpecialist);
        var commune = await OfficerTestData.SignedInAsync(factory, Specialist);
        var department = await OfficerTestData.SignedInAsync(factory, JusticeSpecialist);

        await ResolveAsync(commune, first);
        var page = await commune.GetPageAsync($"/can-bo/ho-so/{handed}");
        HandoffTestData.AssertRedirect(await HandoffTestData.HandOffAsync(
            commune, handed, OfficerTestData.VersionOnPage(page), HandoffTestData.UnitIdOf(factory, JusticeSpecialist)));
        await ResolveAsync(department, departmentOwn);
        await ResolveAsync(department, handed);
        await ResolveAsync(commune, last);

        // Only this test's dossiers: the liaison procedure, received half an hour ago (yesterday, just after midnight).
        var procedure = factory.WithDb(db => db.Procedures.Single(p => p.Code == HandoffTestData.LiaisonProcedureCode).Id);
        string Day(DateTimeOffset at) => VietnamTime.LocalDate(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filter = $"loai=da-xong&thu-tuc={procedure}&tu-ngay={Day(DateTimeOffset.UtcNow.AddHours(-1))}&den-ngay={Day(DateTimeOffset.UtcNow)}";
        var newestFirst = await commune.GetPageAsync($"/can-bo/xu-ly?{filter}");
        var oldestReceivedFirst = await commune.GetPageAsync($"/can-bo/xu-ly?{filter}&sap-xep=nhan-cu");

        Assert.Equal([last, handed, first], Codes(newestFirst).Where(c => c == first || c == handed || c == last));
        Assert.Contains("có kết quả gần nhất ở đầu danh sách", newestFirst, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\" selected=\"selected\">Ngày có kết quả (mới nhất trước)</option>", newestFirst, StringComparison.Ordinal);
        Assert.DoesNotContain("Ngày hẹn trả (sớm nhất trước)", newestFirst, StringComparison.Ordinal);
        Assert.Equal([first, handed, last], Codes(oldestReceivedFirst).Where(c => c == first || c == handed || c == last));

        // The department sees the dossier it resolved for the commune above the one it received and resolved just
        // before (the two halves merged), and none of the commune's own.
        var departmentList = Codes(await department.GetPageAsync("/can-bo/xu-ly?loai=da-xong"));
        Assert.Equal([handed, departmentOwn], departmentList.Take(2));
        Assert.DoesNotContain(first, departmentList);
        Assert.DoesNotContain(last, departmentList);
        Assert.Equal(HandoffTestData.UnitIdOf(factory, JusticeSpecialist), factory.WithDb(db => db.Dossiers.Single(d => d.Code == handed).HandedToUnitId));
    }

    [Fact]
    public async Task The_other_lists_still_default_to_the_appointment_and_the_finished_list_refuses_an_unknown_order()
    {
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var pending = await client.GetPageAsync("/can-bo/xu-ly");
        var bad = await client.GetPageAsync("/can-bo/xu-ly?loai=da-xong&sap-xep=linh-tinh");

        Assert.Contains("ngày hẹn trả kết quả sớm nhất ở đầu danh sách", pending, StringComparison.Ordinal);
        Assert.DoesNotContain("Ngày có kết quả (mới nhất trước)", pending, StringComparison.Ordinal);
        Assert.Contains("Cách sắp xếp đã chọn không hợp lệ.", bad, StringComparison.Ordinal);
        Assert.Contains("Chưa lọc được danh sách", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commune_with_more_than_ten_thousand_finished_dossiers_is_counted_to_ten_thousand_and_its_last_page_opens()
    {
        var unitId = HandoffTestData.UnitIdOf(factory, Leader);
        var source = factory.WithDb(db => db.Dossiers
            .Where(d => d.ReceivingUnitId == unitId && d.Status == DossierStatus.Returned)
            .OrderBy(d => d.Id).Select(d => d.Id).First());
        CloneDossier(source, GetWorkListLimit + 1);
        var client = await OfficerTestData.SignedInAsync(factory, Leader);

        var first = await client.GetPageAsync("/can-bo/xu-ly?loai=da-xong");
        var lastPage = await client.GetPageAsync("/can-bo/xu-ly?loai=da-xong&trang=999");

        Assert.Contains("Hơn 10.000 hồ sơ, có kết quả gần nhất ở đầu danh sách.", first, StringComparison.Ordinal);
        Assert.Contains("hãy dùng bộ lọc", first, StringComparison.Ordinal);
        Assert.Contains("Trang 1/500", first, StringComparison.Ordinal);
        Assert.Equal(20, Codes(first).Count);
        Assert.Contains("Trang 500/500", lastPage, StringComparison.Ordinal);
        Assert.Equal(20, Codes(lastPage).Count);
    }

    private const int GetWorkListLimit = MotCua.Application.Processing.GetWorkList.MaxCountedDone;

    private static async Task ResolveAsync(FormClient client, string code)
    {
        var page = await client.GetPageAsync($"/can-bo/ho-so/{code}");
        HandoffTestData.AssertRedirect(await client.PostWithTokenFromAsync(
            $"/can-bo/ho-so/{code}", $"/can-bo/ho-so/{code}?handler=Resolve",
            new Dictionary<string, string> { ["Input.Version"] = OfficerTestData.VersionOnPage(page).ToString(CultureInfo.InvariantCulture) }));
    }

    /// <summary>Copies of a finished dossier under new codes, written in one statement (the domain made the original).</summary>
    private void CloneDossier(long id, int copies) => factory.WithDb(db =>
    {
        var columns = db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Dossiers') WHERE name <> 'Id'").ToList();
        var selected = columns.Select(c => c == "Code" ? "\"Code\" || '-' || n" : $"\"{c}\"");
        var sql = $"""
            WITH RECURSIVE copies(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copies WHERE n < {copies})
            INSERT INTO "Dossiers" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", selected)} FROM "Dossiers", copies WHERE "Id" = {id}
            """;
        return db.Database.ExecuteSqlRaw(sql);
    });

    private static List<string> Codes(string page) =>
        [.. CodeLinks().Matches(page[page.IndexOf("id=\"work-list\"", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<td><a href=\"/can-bo/ho-so/([^\"]+)\">")]
    private static partial Regex CodeLinks();
}
