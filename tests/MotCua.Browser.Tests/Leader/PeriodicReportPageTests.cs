using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Leader;

public sealed class PeriodicReportPageTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    [BrowserFact]
    public async Task Leader_opens_the_periodic_report_changes_the_period_and_grouping_and_sees_the_table()
    {
        await LoginAsync("lanhdao@motcua.local");
        await GotoAsync("/lanh-dao");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo định kỳ" }).ClickAsync();
        await WaitForPathAsync("/lanh-dao/bao-cao");
        var table = Page.GetByRole(AriaRole.Table);
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Kỳ trước chuyển qua" })).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "Phường Phố Hiến" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        var last = DateTime.UtcNow.AddMonths(-1);
        var first = DateTime.UtcNow.AddMonths(-3);
        await Page.GetByLabel("Từ tháng").FillAsync(first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Đến tháng").FillAsync(last.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Tổng hợp theo").SelectOptionAsync(new SelectOptionValue { Label = "Lĩnh vực" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Xem báo cáo" }).ClickAsync();

        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync($"tháng {first:MM/yyyy} đến tháng {last:MM/yyyy}");
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Lĩnh vực" })).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "Tổng cộng" })).ToBeVisibleAsync();
        var excel = Page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel" });
        await Assertions.Expect(excel).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"handler=Excel.*tu={first:yyyy-MM}.*nhom=Field"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "In báo cáo" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
