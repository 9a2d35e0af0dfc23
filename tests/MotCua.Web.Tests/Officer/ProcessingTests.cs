using System.Globalization;
using System.Net;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;

namespace MotCua.Web.Tests.Officer;

public sealed class ProcessingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reception = "tiepnhan@motcua.local";
    private const string Specialist = "chuyenvien@motcua.local";
    private const string OtherUnitReception = "tiepnhan2@motcua.local";
    private const string Conflict = "Hồ sơ vừa được người khác cập nhật";

    private static DateOnly Today => VietnamTime.LocalDate(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Each_tab_lists_the_dossiers_of_its_kind_and_never_another_units()
    {
        var overdue = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Trần Quá Hạn", Today.AddDays(-30));
        var dueSoon = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Lê Sắp Hạn", Today);
        var later = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Phạm Còn Lâu", Today.AddDays(60));
        var mine = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Ngô Của Tôi", Today.AddDays(61), assignTo: Specialist);
        var supplement = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Đỗ Bổ Sung", Today.AddDays(62), supplement: true);
        var resolved = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Hoàng Xong Rồi", Today.AddDays(63), resolve: true);
        var stranger = OfficerTestData.CreateInProcessing(factory.Services, OtherUnitReception, "Nguyễn Đơn Vị Khác", Today.AddDays(-40));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var all = await ListAsync(client, null);
        var mineTab = await ListAsync(client, "cua-toi");
        var soonTab = await ListAsync(client, "sap-den-han");
        var overdueTab = await ListAsync(client, "qua-han");
        var supplementTab = await ListAsync(client, "cho-bo-sung");
        var returnTab = await ListAsync(client, "tra-ket-qua");
        var doneTab = await ListAsync(client, "da-xong");

        AssertListed(all, [overdue, dueSoon, later, mine, supplement], [resolved]);
        AssertListed(mineTab, [mine], [overdue, dueSoon, later, supplement, resolved]);
        AssertListed(soonTab, [dueSoon], [overdue, later, mine, supplement, resolved]);
        AssertListed(overdueTab, [overdue], [dueSoon, later, mine, supplement, resolved]);
        AssertListed(supplementTab, [supplement], [overdue, dueSoon, later, mine, resolved]);
        AssertListed(returnTab, [resolved], [overdue, dueSoon, later, mine, supplement]);
        AssertListed(doneTab, [resolved], [overdue, dueSoon, later, mine, supplement]);
        foreach (var page in new[] { all, mineTab, soonTab, overdueTab, supplementTab, returnTab, doneTab })
        {
            Assert.DoesNotContain(stranger, page, StringComparison.Ordinal);
            Assert.DoesNotContain("Nguyễn Đơn Vị Khác", page, StringComparison.Ordinal);
        }

        Assert.Contains("Quá hạn</span>", overdueTab, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Quá hạn</a>", overdueTab, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_sorted_by_due_date_oldest_first()
    {
        var newer = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Bùi Hạn Sau", new DateOnly(2001, 1, 2));
        var older = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Bùi Hạn Trước", new DateOnly(2001, 1, 1));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var page = await client.GetPageAsync("/can-bo/xu-ly?loai=qua-han");

        var olderAt = page.IndexOf($">{older}</a>", StringComparison.Ordinal);
        var newerAt = page.IndexOf($">{newer}</a>", StringComparison.Ordinal);
        Assert.True(olderAt >= 0 && olderAt < newerAt, "the dossier due first is listed first");
    }

    [Fact]
    public async Task A_reception_officer_only_sees_the_results_to_return()
    {
        var client = await OfficerTestData.SignedInAsync(factory, Reception);

        var response = await client.Http.GetAsync(new Uri("/can-bo/xu-ly?loai=qua-han", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/can-bo/xu-ly?loai=tra-ket-qua", response.Headers.Location?.OriginalString);
        var page = await client.GetPageAsync("/can-bo/xu-ly?loai=tra-ket-qua");
        Assert.Contains("Chờ trả kết quả", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Quá hạn</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_resolve_and_return_through_the_page_move_the_dossier_and_count_it_in_the_rollup()
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Vương Thị Kết Quả", Today.AddDays(5));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var dossier = OfficerTestData.Load(factory.Services, code);
        var month = PeriodRollup.MonthOf(DateTimeOffset.UtcNow);
        var resolvedBefore = ResolvedIn(dossier.CurrentUnitId, dossier.ProcedureId, month);

        await UnitScopeTests.ActAsync(client, code, "Assign", []);
        Assert.Equal(UserId(Specialist), OfficerTestData.Load(factory.Services, code).AssigneeId);
        Assert.Contains(code, await client.GetPageAsync("/can-bo/xu-ly?loai=cua-toi"), StringComparison.Ordinal);

        await UnitScopeTests.ActAsync(client, code, "Resolve", []);
        var page = await client.GetPageAsync($"/can-bo/ho-so/{code}");
        Assert.Contains("đã xử lý xong, trước hạn", page, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Resolved, OfficerTestData.Load(factory.Services, code).Status);
        Assert.Equal(resolvedBefore + 1, ResolvedIn(dossier.CurrentUnitId, dossier.ProcedureId, month));

        var reception = await OfficerTestData.SignedInAsync(factory, Reception);
        Assert.Contains(code, await reception.GetPageAsync("/can-bo/xu-ly?loai=tra-ket-qua"), StringComparison.Ordinal);
        await UnitScopeTests.ActAsync(reception, code, "Return", new() { ["Input.ReceivedBy"] = "Vương Văn Nhận Thay" });

        var returned = OfficerTestData.Load(factory.Services, code);
        Assert.Equal(DossierStatus.Returned, returned.Status);
        Assert.Equal("Vương Văn Nhận Thay", returned.ReturnedTo);
        Assert.Equal(
            ["dossier.assign", "dossier.resolve", "dossier.return"],
            factory.WithDb(db => db.AuditEntries.Where(a => a.Subject == code && a.Action != "dossier.view")
                .OrderBy(a => a.Id).Select(a => a.Action).ToList()));
    }

    [Fact]
    public async Task Returning_a_result_without_the_receivers_name_is_refused_and_changes_nothing()
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Lý Thị Thiếu Tên", Today.AddDays(5), resolve: true);
        var client = await OfficerTestData.SignedInAsync(factory, Reception);
        var version = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));

        var response = await PostAsync(client, code, "Return", version, new() { ["Input.ReceivedBy"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Phải ghi tên người nhận kết quả.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Resolved, OfficerTestData.Load(factory.Services, code).Status);
    }

    [Fact]
    public async Task Resolving_from_a_stale_page_is_refused_with_the_reload_message()
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Châu Văn Cũ", Today.AddDays(5));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var stale = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));
        await UnitScopeTests.ActAsync(client, code, "Assign", []);

        var response = await PostAsync(client, code, "Resolve", stale, []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(Conflict, page, StringComparison.Ordinal);
        Assert.Contains("Tải lại hồ sơ", page, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.InProcessing, OfficerTestData.Load(factory.Services, code).Status);
    }

    private static void AssertListed(string page, string[] listed, string[] absent)
    {
        foreach (var code in listed)
        {
            Assert.Contains($">{code}</a>", page, StringComparison.Ordinal);
        }

        foreach (var code in absent)
        {
            Assert.DoesNotContain($">{code}</a>", page, StringComparison.Ordinal);
        }
    }

    /// <summary>Every page of a tab, concatenated: the demo data fills more than one page.</summary>
    private static async Task<string> ListAsync(FormClient client, string? kind)
    {
        var pages = new List<string>();
        for (var number = 1; number <= 50; number++)
        {
            var query = kind is null ? $"?trang={number}" : $"?loai={kind}&trang={number}";
            var page = await client.GetPageAsync("/can-bo/xu-ly" + query);
            pages.Add(page);
            if (!page.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                break;
            }
        }

        return string.Concat(pages);
    }

    private int ResolvedIn(int unitId, int procedureId, int month) => factory.WithDb(db => db.PeriodRollups
        .Where(r => r.UnitId == unitId && r.ProcedureId == procedureId && r.Month == month)
        .Sum(r => r.ResolvedEarly + r.ResolvedOnTime + r.ResolvedLate));

    private string UserId(string email) => factory.WithDb(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).Single());

    private static Task<HttpResponseMessage> PostAsync(
        FormClient client, string code, string handler, int version, Dictionary<string, string> fields)
    {
        fields["Input.Version"] = version.ToString(CultureInfo.InvariantCulture);
        return client.PostWithTokenFromAsync($"/can-bo/ho-so/{code}", $"/can-bo/ho-so/{code}?handler={handler}", fields);
    }
}
