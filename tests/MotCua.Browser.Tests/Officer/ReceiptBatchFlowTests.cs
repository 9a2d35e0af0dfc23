using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Web.Tests.Officer;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Officer;

public sealed class ReceiptBatchFlowTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    [BrowserFact]
    public async Task Officer_ticks_two_dossiers_on_the_work_list_and_prints_both_receipts_on_one_page()
    {
        // Due long ago, so both sort to the top of the first page of the list.
        var first = OfficerTestData.CreateInProcessing(
            Server.Services, "tiepnhan@motcua.local", "Mai Thị In Hàng Loạt", new DateOnly(1999, 6, 1));
        var second = OfficerTestData.CreateInProcessing(
            Server.Services, "tiepnhan@motcua.local", "Mai Văn In Hàng Loạt", new DateOnly(1999, 6, 2));
        await LoginAsync("chuyenvien@motcua.local");

        await GotoAsync("/can-bo/xu-ly");
        await Page.GetByLabel($"Chọn hồ sơ {first}", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel($"Chọn hồ sơ {second}", new() { Exact = true }).CheckAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "In giấy tiếp nhận", Exact = true }).ClickAsync();

        await WaitForAddressAsync(new Regex("/can-bo/in-giay-tiep-nhan$"));
        var receipts = Page.Locator(".receipt-batch-item");
        await Assertions.Expect(receipts).ToHaveCountAsync(2);
        await Assertions.Expect(receipts.Nth(0)).ToContainTextAsync($"Mã hồ sơ: {first}");
        await Assertions.Expect(receipts.Nth(0)).ToContainTextAsync("ngày 01 tháng 06 năm 1999");
        await Assertions.Expect(receipts.Nth(1)).ToContainTextAsync($"Mã hồ sơ: {second}");
        await Assertions.Expect(receipts.Nth(1)).ToContainTextAsync("Mai Văn In Hàng Loạt");
        await Assertions.Expect(Page.Locator("#receipt-count")).ToContainTextAsync("2 giấy tiếp nhận");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "In các giấy tiếp nhận" })).ToBeVisibleAsync();
        Assert.Equal("page", await receipts.Nth(0).EvaluateAsync<string>("e => getComputedStyle(e).breakAfter"));
        await AssertAccessibleAsync();
    }
}
