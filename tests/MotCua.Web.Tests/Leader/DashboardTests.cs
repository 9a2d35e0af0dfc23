using System.Net;
using System.Text.RegularExpressions;
using MotCua.Web.Tests.Officer;

namespace MotCua.Web.Tests.Leader;

/// <summary>The leader's dashboard, drill-down and deadline lists and the public scoreboard over the hand-counted story.</summary>
public sealed partial class DashboardTests : IClassFixture<DashboardFactory>
{
    private const string October = "tu=2026-10&den=2026-10";
    private readonly DashboardFactory _factory;

    public DashboardTests(DashboardFactory factory)
    {
        _factory = factory;
        factory.EnsureSeeded();
    }

    private Task<FormClient> LeaderAsync() => OfficerTestData.SignedInAsync(_factory, "lanhdao@motcua.local");

    [Fact]
    public async Task Headline_of_the_merged_unit_counts_its_own_dossiers_with_processing_time_supplements_and_satisfaction()
    {
        var page = await (await LeaderAsync()).GetPageAsync($"/lanh-dao?{October}&dv={_factory.OldUnitId}");

        Assert.Contains("Xã Kiểm Thử Cũ (đã sáp nhập vào Xã Kiểm Thử Mới)", page, StringComparison.Ordinal);
        Assert.Equal("5", Text(page, "fig-received"));
        Assert.Equal("4", Text(page, "fig-resolved"));
        Assert.Equal("2", Text(page, "fig-late"));
        Assert.Equal("1", Text(page, "fig-pending-overdue"));
        Assert.Equal("40,0%", Text(page, "on-time-rate")); // (2 early + 0 pending in time) / (4 resolved + 1 pending)
        Assert.Equal("6,0", Text(page, "fig-average-days")); // (3 + 3 + 4 + 14) / 4
        Assert.Equal("14", Text(page, "fig-p90-days"));
        Assert.Equal("40,0%", Text(page, "fig-supplement-rate")); // B and C of 5 received
        Assert.Equal("50,0%", Text(page, "fig-satisfaction")); // A of A and B
    }

    [Fact]
    public async Task Headline_splits_received_by_channel_and_counts_what_the_period_carried_over()
    {
        var client = await LeaderAsync();
        var october = await client.GetPageAsync($"/lanh-dao?{October}&dv={_factory.OldUnitId}");
        var november = await client.GetPageAsync($"/lanh-dao?tu=2026-11&den=2026-11&dv={_factory.OldUnitId}");

        Assert.Equal("1", Text(october, "fig-online")); // B
        Assert.Equal("4", Text(october, "fig-counter")); // A, C, D, E
        Assert.Equal("0", Text(october, "fig-postal"));
        Assert.Equal("0", Text(october, "fig-carried-over"));
        Assert.Equal("0", Text(november, "fig-received"));
        Assert.Equal("1", Text(november, "fig-carried-over")); // E, still pending
    }

    [Fact]
    public async Task Index_components_show_their_figure_and_formula()
    {
        var page = await (await LeaderAsync()).GetPageAsync($"/lanh-dao?{October}&dv={_factory.OldUnitId}");

        Assert.Equal(["Tiến độ giải quyết", "20", "40,0%"], Row(page, "index-components", "Tiến độ giải quyết")[..3]);
        Assert.Equal(["Dịch vụ trực tuyến", "12", "20,0%"], Row(page, "index-components", "Dịch vụ trực tuyến")[..3]);
        Assert.Equal(["Số hóa hồ sơ, kết quả", "22", "20,0%"], Row(page, "index-components", "Số hóa hồ sơ, kết quả")[..3]);
        Assert.Equal(["Mức độ hài lòng", "18", "50,0%"], Row(page, "index-components", "Mức độ hài lòng")[..3]);
        Assert.Contains("(2 / 5)", Row(page, "index-components", "Tiến độ giải quyết")[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_tables_by_month_unit_field_and_procedure_carry_the_hand_counted_figures()
    {
        var client = await LeaderAsync();
        var merged = await client.GetPageAsync($"/lanh-dao?{October}&dv={_factory.OldUnitId}");
        var all = await client.GetPageAsync($"/lanh-dao?{October}");

        // Received, resolved, early + on time, late, resolved on-time rate.
        Assert.Equal(["10/2026", "5", "4", "2", "2", "50,0%"], Row(merged, "by-month", "10/2026"));
        Assert.Equal(["Thủ tục kiểm thử điều hành", "5", "4", "2", "2", "50,0%"], Row(merged, "by-procedure", "Thủ tục kiểm thử điều hành"));
        Assert.Equal(["Xã Kiểm Thử Cũ (đã sáp nhập vào Xã Kiểm Thử Mới)", "5", "4", "2", "2", "50,0%"], Row(all, "by-unit", "Xã Kiểm Thử Cũ (đã sáp nhập vào Xã Kiểm Thử Mới)"));
        Assert.Equal(["Xã Kiểm Thử Mới", "2", "1", "1", "0", "100,0%"], Row(all, "by-unit", "Xã Kiểm Thử Mới"));
        Assert.Equal(["Thủ tục kiểm thử điều hành", "7", "5", "3", "2", "60,0%"], Row(all, "by-procedure", "Thủ tục kiểm thử điều hành"));
        Assert.Contains("id=\"by-month-canvas\"", merged, StringComparison.Ordinal);
        Assert.Contains("src=\"/js/dashboard.", merged, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Received", 5)]
    [InlineData("Resolved", 4)]
    [InlineData("OnTime", 2)]
    [InlineData("Late", 2)]
    public async Task Each_figure_links_to_a_list_of_exactly_the_dossiers_behind_it(string kind, int expected)
    {
        var client = await LeaderAsync();
        var dashboard = await client.GetPageAsync($"/lanh-dao?{October}&dv={_factory.OldUnitId}");
        var link = Regex.Matches(dashboard, "href=\"(/lanh-dao/ho-so\\?[^\"]+)\"")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .First(h => h.Contains($"loai={kind}", StringComparison.Ordinal) && h.Contains($"tt={_factory.ProcedureId}", StringComparison.Ordinal));

        var list = await client.GetPageAsync(link);

        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(list, "drill-total"));
        Assert.Equal(expected, Rows(list, "dossier-list").Count);
        Assert.DoesNotContain("Nguyễn Văn", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Late_list_names_the_dossier_late_by_a_second_supplement_and_the_one_late_by_date()
    {
        var list = await (await LeaderAsync()).GetPageAsync($"/lanh-dao/ho-so?{October}&dv={_factory.OldUnitId}&loai=Late");

        var rows = Rows(list, "dossier-list");
        Assert.Equal([_factory.Codes["D"], _factory.Codes["C"]], rows.Select(r => r[0]));
        Assert.Equal("Quá hạn (yêu cầu bổ sung lần hai)", rows[1][5]);
        Assert.Equal(["21/10/2026", "Quá hạn"], rows[0][4..6]);
        Assert.All(rows, r => Assert.Equal("Thủ tục kiểm thử điều hành", r[1]));
    }

    [Fact]
    public async Task A_list_shows_a_procedure_and_a_unit_by_their_new_names_right_after_a_rename()
    {
        var client = await LeaderAsync();
        var url = $"/lanh-dao/tien-do?loai=Overdue&dv={_factory.OldUnitId}";
        Assert.Equal("Xã Kiểm Thử Cũ · Đỗ Minh Tuấn", Assert.Single(Rows(await client.GetPageAsync(url), "dossier-list"))[6]);

        Rename("Thủ tục kiểm thử điều hành (sửa tên)", "Xã Kiểm Thử Cũ (sửa tên)");
        try
        {
            var row = Assert.Single(Rows(await client.GetPageAsync(url), "dossier-list"));
            Assert.Equal("Thủ tục kiểm thử điều hành (sửa tên)", row[1]);
            Assert.Equal("Xã Kiểm Thử Cũ (sửa tên) · Đỗ Minh Tuấn", row[6]);
        }
        finally
        {
            Rename("Thủ tục kiểm thử điều hành", "Xã Kiểm Thử Cũ");
        }
    }

    /// <summary>Renames the test procedure and the old commune as an administrator's save does (it raises the catalogue's stamp).</summary>
    private void Rename(string procedure, string unit) => _factory.WithDb(db =>
    {
        db.Procedures.Single(p => p.Id == _factory.ProcedureId).Name = procedure;
        db.Units.Single(u => u.Id == _factory.OldUnitId).Name = unit;
        return db.SaveChanges();
    });

    [Fact]
    public async Task Overdue_and_due_soon_lists_show_who_holds_each_dossier_and_agree_with_the_headline()
    {
        var client = await LeaderAsync();
        var overdue = await client.GetPageAsync($"/lanh-dao/tien-do?loai=Overdue&dv={_factory.OldUnitId}");
        var dueSoon = await client.GetPageAsync($"/lanh-dao/tien-do?loai=DueSoon&dv={_factory.NewUnitId}");

        var row = Assert.Single(Rows(overdue, "dossier-list"));
        Assert.Equal(_factory.Codes["E"], row[0]);
        Assert.Equal("Xã Kiểm Thử Cũ · Đỗ Minh Tuấn", row[6]); // E is assigned to chuyenvien@
        var unassigned = Assert.Single(Rows(dueSoon, "dossier-list"));
        Assert.Equal(_factory.Codes["G"], unassigned[0]);
        Assert.Equal("Xã Kiểm Thử Mới", unassigned[6]);

        // Across the province the overdue list is as long as the headline says.
        var headline = await client.GetPageAsync("/lanh-dao");
        var all = await client.GetPageAsync("/lanh-dao/tien-do?loai=Overdue");
        Assert.Equal(Text(headline, "fig-pending-overdue"), Text(all, "deadline-total"));
    }

    [Fact]
    public async Task A_unit_outside_the_leaders_scope_is_not_found()
    {
        var client = await OfficerTestData.SignedInAsync(_factory, "lanhdao.xa@motcua.local");

        var response = await client.Http.GetAsync(new Uri($"/lanh-dao?dv={_factory.OldUnitId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Public_scoreboard_shows_each_unit_without_login_or_personal_data()
    {
        var page = await FormClient.For(_factory).GetPageAsync("/cong-khai");

        Assert.Equal(["Xã Kiểm Thử Cũ (đã sáp nhập vào Xã Kiểm Thử Mới)", "5", "4", "40,0%", "50,0% (2 lượt)"], Row(page, "scoreboard", "Xã Kiểm Thử Cũ (đã sáp nhập vào Xã Kiểm Thử Mới)"));
        Assert.Equal(["Xã Kiểm Thử Mới", "2", "1", "100,0%", "Chưa có đánh giá"], Row(page, "scoreboard", "Xã Kiểm Thử Mới"));
        Assert.DoesNotContain("Nguyễn Văn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("T.DASH.OLD-", page, StringComparison.Ordinal);
    }

    private static string Text(string html, string id)
    {
        var match = Regex.Match(html, $"id=\"{id}\"[^>]*>(.*?)</", RegexOptions.Singleline);
        Assert.True(match.Success, $"no element #{id}");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    internal static List<string[]> Rows(string html, string tableId)
    {
        var start = html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table #{tableId}");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var body = table[table.IndexOf("<tbody", StringComparison.Ordinal)..];
        return Regex.Matches(body, "<tr.*?</tr>", RegexOptions.Singleline)
            .Select(tr => Regex.Matches(tr.Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)
                .Select(c => WebUtility.HtmlDecode(Regex.Replace(c.Groups[1].Value, "<[^>]+>", string.Empty)).Trim())
                .ToArray())
            .ToList();
    }

    internal static string[] Row(string html, string tableId, string name) =>
        Assert.Single(Rows(html, tableId), r => r[0] == name);
}
