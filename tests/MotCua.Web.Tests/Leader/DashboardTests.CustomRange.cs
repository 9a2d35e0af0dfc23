using System.Net;
using System.Text.RegularExpressions;

namespace MotCua.Web.Tests.Leader;

/// <summary>Custom ranges of days over the hand-counted October story: whole months from the monthly rollups, edge days from the day rollups.</summary>
public sealed partial class DashboardTests
{
    [Fact]
    public async Task A_range_of_days_counts_only_what_happened_on_those_days_and_carries_over_what_was_pending_before()
    {
        var page = await (await LeaderAsync()).GetPageAsync($"/lanh-dao?tu=2026-10-06&den=2026-10-07&dv={_factory.OldUnitId}");

        Assert.Contains("Kỳ: từ ngày 06/10/2026 đến ngày 07/10/2026", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-10-06\"", page, StringComparison.Ordinal);
        Assert.Equal("0", Text(page, "fig-received")); // all five were accepted on 1/10
        Assert.Equal("5", Text(page, "fig-carried-over")); // A–E pending at the start of 6/10
        Assert.Equal("3", Text(page, "fig-resolved")); // A and B on 6/10, C on 7/10
        Assert.Equal("1", Text(page, "fig-late")); // C, by its second supplement request
        Assert.Equal("50,0%", Text(page, "on-time-rate")); // (A + B) / (3 resolved + E overdue now)
        Assert.Equal("3,3", Text(page, "fig-average-days")); // (3 + 3 + 4) / 3
        Assert.Equal("4", Text(page, "fig-p90-days"));
        Assert.Equal("–", Text(page, "fig-supplement-rate")); // nothing received, and the requests were on 2/10 and 5/10
        Assert.Equal("–", Text(page, "fig-satisfaction")); // the ratings came on 22/10
        Assert.Equal(["10/2026", "0", "3", "2", "1", "66,7%"], Row(page, "by-month", "10/2026"));
        Assert.Equal(["Thủ tục kiểm thử điều hành", "0", "3", "2", "1", "66,7%"], Row(page, "by-procedure", "Thủ tục kiểm thử điều hành"));
    }

    [Fact]
    public async Task A_range_from_a_day_to_the_end_of_the_next_month_adds_the_edge_days_to_the_whole_month()
    {
        var page = await (await LeaderAsync()).GetPageAsync($"/lanh-dao?tu=2026-10-21&den=2026-11-30&dv={_factory.OldUnitId}");

        Assert.Contains("Kỳ: từ ngày 21/10/2026 đến ngày 30/11/2026", page, StringComparison.Ordinal);
        Assert.Equal("2", Text(page, "fig-carried-over")); // D and E; A, B and C were resolved before 21/10
        Assert.Equal("1", Text(page, "fig-resolved")); // D on 21/10
        Assert.Equal("14,0", Text(page, "fig-average-days"));
        Assert.Equal("50,0%", Text(page, "fig-satisfaction")); // A's and B's ratings of 22/10
        Assert.Equal(["10/2026", "0", "1", "0", "1", "0,0%"], Row(page, "by-month", "10/2026"));
        Assert.Equal(["11/2026", "0", "0", "0", "0", "–"], Row(page, "by-month", "11/2026"));
    }

    [Theory]
    [InlineData("Resolved", 3)]
    [InlineData("OnTime", 2)]
    [InlineData("Late", 1)]
    public async Task The_figures_of_a_range_of_days_link_to_the_dossiers_of_those_days(string kind, int expected)
    {
        var client = await LeaderAsync();
        var dashboard = await client.GetPageAsync($"/lanh-dao?tu=2026-10-06&den=2026-10-07&dv={_factory.OldUnitId}");
        var link = Regex.Matches(dashboard, "href=\"(/lanh-dao/ho-so\\?[^\"]+)\"")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .First(h => h.Contains($"loai={kind}", StringComparison.Ordinal) && h.Contains($"tt={_factory.ProcedureId}", StringComparison.Ordinal));

        var list = await client.GetPageAsync(link);

        Assert.Contains("tu=2026-10-06&den=2026-10-07", link, StringComparison.Ordinal);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(list, "drill-total"));
        Assert.Equal(expected, Rows(list, "dossier-list").Count);
        Assert.DoesNotContain(Rows(list, "dossier-list"), r => r[0] == _factory.Codes["D"]);
    }

    [Fact]
    public async Task A_malformed_day_or_a_reversed_range_gets_a_message_and_the_corrected_period()
    {
        var client = await LeaderAsync();
        var malformed = await client.GetPageAsync($"/lanh-dao?tu=2026-02-30&den=2026-10-31&dv={_factory.OldUnitId}");
        var reversed = await client.GetPageAsync($"/lanh-dao?tu=2026-10-07&den=2026-10-06&dv={_factory.OldUnitId}");

        Assert.Contains("Ngày bắt đầu không hợp lệ", malformed, StringComparison.Ordinal);
        Assert.Contains("Ngày kết thúc không được trước ngày bắt đầu.", reversed, StringComparison.Ordinal);
        Assert.Contains("Kỳ: từ ngày 06/10/2026 đến ngày 07/10/2026", reversed, StringComparison.Ordinal);
        Assert.Equal("3", Text(reversed, "fig-resolved"));
    }
}
