using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Officer;

public sealed partial class HandoffTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Specialist = "chuyenvien@motcua.local";
    private const string Colleague = "chuyenvien2@motcua.local";
    private const string JusticeSpecialist = "chuyenvien.stp@motcua.local";
    private const string OtherCommune = "tiepnhan2@motcua.local";
    private const string Conflict = "Hồ sơ vừa được người khác cập nhật";

    [Fact]
    public async Task A_commune_specialist_hands_off_to_the_justice_department_whose_specialist_finds_and_resolves_it()
    {
        var code = HandoffTestData.CreateInProcessing(factory.Services, "Phan Văn Liên Thông");
        var justice = HandoffTestData.UnitIdOf(factory, JusticeSpecialist);
        var commune = await OfficerTestData.SignedInAsync(factory, Specialist);

        var before = await commune.GetPageAsync($"/can-bo/ho-so/{code}");
        Assert.Contains($"<option value=\"{justice}\" selected=\"selected\">Sở Tư pháp</option>", before, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp thẩm tra, xác minh hồ sơ", before, StringComparison.Ordinal);
        var sent = await HandoffTestData.HandOffAsync(commune, code, OfficerTestData.VersionOnPage(before), justice, "Đề nghị xác minh giấy tờ nước ngoài");

        HandoffTestData.AssertRedirect(sent);
        var afterSending = await commune.GetPageAsync($"/can-bo/ho-so/{code}");
        Assert.Contains("Đã chuyển hồ sơ", afterSending, StringComparison.Ordinal);
        Assert.Contains("id=\"held-elsewhere\"", afterSending, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoàn thành xử lý", afterSending, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=HandOff", afterSending, StringComparison.Ordinal);

        var department = await OfficerTestData.SignedInAsync(factory, JusticeSpecialist);
        var workList = await department.GetPageAsync("/can-bo/xu-ly");
        Assert.Contains($">{code}</a>", workList, StringComparison.Ordinal);
        var atDepartment = await department.GetPageAsync($"/can-bo/ho-so/{code}");
        Assert.Contains("Hoàn thành xử lý", atDepartment, StringComparison.Ordinal);
        var resolved = await department.PostWithTokenFromAsync(
            $"/can-bo/ho-so/{code}", $"/can-bo/ho-so/{code}?handler=Resolve",
            new Dictionary<string, string> { ["Input.Version"] = OfficerTestData.VersionOnPage(atDepartment).ToString(CultureInfo.InvariantCulture) });
        HandoffTestData.AssertRedirect(resolved);

        var dossier = HandoffTestData.LoadWithSheet(factory, code);
        Assert.Equal(DossierStatus.Resolved, dossier.Status);
        Assert.Equal(justice, dossier.CurrentUnitId);
        var rows = dossier.ControlSheet.OrderBy(r => r.Sequence).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(justice, rows[1].ToUnitId);
        Assert.Equal("Vũ Đức Anh", rows[1].CompletedBy);
        Assert.All(rows, r => Assert.Equal(Timeliness.Early, r.Outcome));

        var form = await commune.GetPageAsync($"/can-bo/ho-so/{code}/mau/6");
        Assert.Contains("Phiếu kiểm soát quá trình giải quyết hồ sơ", form, StringComparison.Ordinal);
        Assert.Contains("Mẫu số 06", form, StringComparison.Ordinal);
        Assert.Contains("Phan Văn Liên Thông", form, StringComparison.Ordinal);
        Assert.Contains("Đề nghị xác minh giấy tờ nước ngoài", form, StringComparison.Ordinal);
        Assert.Equal(2, OutcomeCells().Matches(form).Count(m => m.Groups[1].Value == "Trước hạn"));
        Assert.Contains("Sở Tư pháp", form, StringComparison.Ordinal);
        Assert.True(factory.WithDb(db => db.AuditEntries.Any(a => a.Action == "dossier.print" && a.Subject == code && a.Detail == "Mẫu 06")));
        Assert.True(factory.WithDb(db => db.AuditEntries.Any(a => a.Action == "dossier.handoff" && a.Subject == code)));

        // The result goes back to the commune that received it: it sees it among the results to return.
        var toReturn = await commune.GetPageAsync("/can-bo/xu-ly?loai=tra-ket-qua");
        Assert.Contains($">{code}</a>", toReturn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/mau/6")]
    public async Task Another_commune_cannot_open_a_handed_off_dossier_nor_its_control_sheet(string suffix)
    {
        var code = HandoffTestData.CreateInProcessing(factory.Services, "Lý Thị Ngoài Phạm Vi");
        var commune = await OfficerTestData.SignedInAsync(factory, Specialist);
        var page = await commune.GetPageAsync($"/can-bo/ho-so/{code}");
        HandoffTestData.AssertRedirect(await HandoffTestData.HandOffAsync(
            commune, code, OfficerTestData.VersionOnPage(page), HandoffTestData.UnitIdOf(factory, JusticeSpecialist)));
        var stranger = await OfficerTestData.SignedInAsync(factory, OtherCommune);

        var response = await stranger.Http.GetAsync(new Uri($"/can-bo/ho-so/{code}{suffix}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Lý Thị Ngoài Phạm Vi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hand_off_from_a_stale_page_is_refused_with_the_concurrency_message_and_moves_nothing()
    {
        var code = HandoffTestData.CreateInProcessing(factory.Services, "Tạ Văn Trang Cũ");
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var stale = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));
        await UnitScopeTests.ActAsync(client, code, "Assign", []);

        var response = await HandoffTestData.HandOffAsync(client, code, stale, HandoffTestData.UnitIdOf(factory, JusticeSpecialist), "Ghi chú giữ lại");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(Conflict, page, StringComparison.Ordinal);
        Assert.Contains("Ghi chú giữ lại", page, StringComparison.Ordinal);
        var dossier = HandoffTestData.LoadWithSheet(factory, code);
        Assert.Equal(HandoffTestData.UnitIdOf(factory, Specialist), dossier.CurrentUnitId);
        Assert.Empty(dossier.ControlSheet);
    }

    [Fact]
    public async Task A_specialist_gives_a_dossier_to_a_colleague_of_the_unit_but_not_to_an_officer_of_another_unit()
    {
        var code = HandoffTestData.CreateInProcessing(factory.Services, "Đoàn Thị Phân Công");
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var outsider = await PostAssignToAsync(client, code, HandoffTestData.UserIdOf(factory, JusticeSpecialist));
        var colleague = await PostAssignToAsync(client, code, HandoffTestData.UserIdOf(factory, Colleague));

        Assert.Equal(HttpStatusCode.OK, outsider.StatusCode);
        Assert.Contains("không phải chuyên viên hoặc lãnh đạo của đơn vị", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        HandoffTestData.AssertRedirect(colleague);
        Assert.Equal(HandoffTestData.UserIdOf(factory, Colleague), OfficerTestData.Load(factory.Services, code).AssigneeId);
        Assert.Contains("Trần Thị Hồng Nhung", await client.GetPageAsync($"/can-bo/ho-so/{code}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_assignment_gives_the_ticked_dossiers_to_one_officer_and_reports_each_one_skipped_with_its_reason()
    {
        var first = HandoffTestData.CreateInProcessing(factory.Services, "Hà Văn Một");
        var second = HandoffTestData.CreateInProcessing(factory.Services, "Hà Văn Hai");
        var stale = HandoffTestData.CreateInProcessing(factory.Services, "Hà Văn Cũ");
        var elsewhere = HandoffTestData.CreateInProcessing(factory.Services, "Hà Văn Đã Chuyển");
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var page = await client.GetPageAsync($"/can-bo/ho-so/{elsewhere}");
        HandoffTestData.AssertRedirect(await HandoffTestData.HandOffAsync(
            client, elsewhere, OfficerTestData.VersionOnPage(page), HandoffTestData.UnitIdOf(factory, JusticeSpecialist)));
        int VersionOf(string code) => OfficerTestData.Load(factory.Services, code).Version;
        var colleagueId = HandoffTestData.UserIdOf(factory, Colleague);

        var response = await HandoffTestData.PostManyAsync(client, "/can-bo/xu-ly", "/can-bo/xu-ly?handler=Assign",
        [
            new("Input.Selected", $"{first}|{VersionOf(first)}"),
            new("Input.Selected", $"{second}|{VersionOf(second)}"),
            new("Input.Selected", $"{stale}|{VersionOf(stale) - 1}"),
            new("Input.Selected", $"{elsewhere}|{VersionOf(elsewhere)}"),
            new("Input.AssigneeId", colleagueId),
        ]);

        HandoffTestData.AssertRedirect(response);
        var list = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã giao 2 hồ sơ cho Trần Thị Hồng Nhung.", list, StringComparison.Ordinal);
        Assert.Contains($"{stale} (Hồ sơ vừa được người khác cập nhật)", list, StringComparison.Ordinal);
        Assert.Contains($"{elsewhere} (Hồ sơ đang do đơn vị khác xử lý)", list, StringComparison.Ordinal);
        Assert.Equal(colleagueId, OfficerTestData.Load(factory.Services, first).AssigneeId);
        Assert.Equal(colleagueId, OfficerTestData.Load(factory.Services, second).AssigneeId);
        Assert.Null(OfficerTestData.Load(factory.Services, stale).AssigneeId);
        Assert.Null(OfficerTestData.Load(factory.Services, elsewhere).AssigneeId);
    }

    [Fact]
    public async Task Bulk_assignment_without_a_ticked_dossier_or_an_officer_is_explained_on_the_list()
    {
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var response = await HandoffTestData.PostManyAsync(client, "/can-bo/xu-ly", "/can-bo/xu-ly?handler=Assign", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Chọn ít nhất một hồ sơ để giao.", page, StringComparison.Ordinal);
        Assert.Contains("Phải chọn cán bộ xử lý hồ sơ.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"work-list\"", page, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAssignToAsync(FormClient client, string code, string assigneeId)
    {
        var page = await client.GetPageAsync($"/can-bo/ho-so/{code}");
        return await client.PostWithTokenFromAsync(
            $"/can-bo/ho-so/{code}", $"/can-bo/ho-so/{code}?handler=AssignTo",
            new Dictionary<string, string>
            {
                ["Input.Version"] = OfficerTestData.VersionOnPage(page).ToString(CultureInfo.InvariantCulture),
                ["Input.AssigneeId"] = assigneeId,
            });
    }

    [GeneratedRegex("<td class=\"cs-outcome\">([^<]*)</td>")]
    private static partial Regex OutcomeCells();
}
