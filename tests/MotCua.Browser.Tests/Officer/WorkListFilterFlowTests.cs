using Microsoft.Playwright;
using MotCua.Web.Tests.Officer;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Officer;

public sealed class WorkListFilterFlowTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    private const string Specialist = "chuyenvien@motcua.local";

    [BrowserFact]
    public async Task An_officer_filters_the_work_list_by_code_with_the_keyboard_and_is_told_about_a_reversed_date_range()
    {
        var code = OfficerTestData.CreateInProcessing(
            Server.Services, "tiepnhan@motcua.local", "Ông Văn Lọc Mã", new DateOnly(2000, 1, 4));
        await LoginAsync(Specialist);
        await GotoAsync("/can-bo/xu-ly");

        await Page.GetByLabel("Mã hồ sơ", new() { Exact = true }).FillAsync(code.ToLowerInvariant());
        await Page.GetByLabel("Mã hồ sơ", new() { Exact = true }).PressAsync("Enter");

        await Assertions.Expect(Page.Locator("#work-count")).ToContainTextAsync("1 hồ sơ khớp bộ lọc");
        await Assertions.Expect(Page.Locator("#work-list tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator("#work-list")).ToContainTextAsync("Ông Văn Lọc Mã");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Tiếp nhận từ ngày").FillAsync("2026-03-10");
        await Page.GetByLabel("Tiếp nhận đến ngày").FillAsync("2026-03-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lọc danh sách" }).ClickAsync();

        await Assertions.Expect(Page.Locator("#error-summary")).ToContainTextAsync("“Đến ngày” phải cùng ngày hoặc sau “Từ ngày”.");
        await Assertions.Expect(Page.Locator("#work-list")).ToHaveCountAsync(0);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Xoá bộ lọc" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#work-count")).Not.ToContainTextAsync("khớp bộ lọc");
    }
}
