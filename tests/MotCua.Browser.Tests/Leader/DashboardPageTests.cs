using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Leader;

public sealed class DashboardPageTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    [BrowserFact]
    public async Task Leader_sees_the_charts_with_their_tables_and_follows_a_row_to_the_dossiers_behind_it()
    {
        await LoginAsync("lanhdao@motcua.local");
        await GotoAsync("/lanh-dao");

        var canvas = Page.Locator("#by-month-canvas");
        await Assertions.Expect(canvas).ToBeVisibleAsync();
        // Chart.js has drawn: it sizes the canvas to its box.
        await Assertions.Expect(canvas).ToHaveAttributeAsync("height", new System.Text.RegularExpressions.Regex("^[1-9]"));
        var table = Page.Locator("#by-month");
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Tỷ lệ đúng hạn" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#by-unit").GetByRole(AriaRole.Rowheader, new() { Name = "Phường Phố Hiến", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        // The busiest month's "received" figure opens the list of exactly those dossiers.
        var links = table.Locator("td[data-received] a");
        var best = 0;
        var bestCount = -1;
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            var count = int.Parse((await links.Nth(i).InnerTextAsync()).Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            if (count > bestCount)
            {
                (best, bestCount) = (i, count);
            }
        }

        Assert.True(bestCount > 0, "the demo receives dossiers this year");
        await links.Nth(best).ClickAsync();
        await WaitForPathAsync("/lanh-dao/ho-so");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ tiếp nhận" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#drill-total")).ToHaveTextAsync(bestCount.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));
        await Assertions.Expect(Page.Locator("#dossier-list tbody tr")).ToHaveCountAsync(Math.Min(20, bestCount));
        await AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task Leader_picks_a_range_of_days_with_the_keyboard_and_its_drill_down_keeps_those_days()
    {
        await LoginAsync("lanhdao@motcua.local");
        await GotoAsync("/lanh-dao");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var (from, to) = (today.AddDays(-40), today.AddDays(-3));

        await Page.GetByLabel("Từ ngày").FillAsync(from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Đến ngày").FillAsync(to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Đến ngày").PressAsync("Enter");

        var period = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"từ ngày {from:dd/MM/yyyy} đến ngày {to:dd/MM/yyyy}");
        await Assertions.Expect(Page.Locator("#period-text")).ToContainTextAsync(period);
        var link = Page.Locator("#by-unit td[data-received] a").First;
        await link.ClickAsync();
        await WaitForPathAsync("/lanh-dao/ho-so");
        await Assertions.Expect(Page.Locator("p.lead")).ToContainTextAsync(period);
        await AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task Anyone_opens_the_public_scoreboard_from_the_menu()
    {
        await GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Công khai kết quả" }).First.ClickAsync();
        await WaitForPathAsync("/cong-khai");

        var table = Page.Locator("#scoreboard");
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Tỷ lệ đúng hạn" })).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "Phường Phố Hiến", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
