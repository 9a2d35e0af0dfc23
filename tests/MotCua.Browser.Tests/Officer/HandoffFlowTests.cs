using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Web.Tests.Officer;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Officer;

public sealed class HandoffFlowTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    [BrowserFact]
    public async Task A_commune_hands_a_dossier_to_the_justice_department_which_resolves_it_and_form_06_shows_both_rows()
    {
        var code = HandoffTestData.CreateInProcessing(Server.Services, "Quách Thị Liên Thông");
        await LoginAsync("chuyenvien@motcua.local");

        await GotoAsync($"/can-bo/ho-so/{code}");
        var unit = Page.GetByLabel("Chuyển xử lý liên thông đến đơn vị");
        await Assertions.Expect(unit.Locator("option:checked")).ToHaveTextAsync("Sở Tư pháp");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Ghi chú khi chuyển (ghi vào phiếu kiểm soát)").FillAsync("Đề nghị Sở xác minh giấy tờ");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Chuyển xử lý liên thông" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Đã chuyển hồ sơ");
        await Assertions.Expect(Page.Locator("#held-elsewhere")).ToContainTextAsync("Sở Tư pháp");
        await Assertions.Expect(Page.Locator("#control-sheet tbody tr")).ToHaveCountAsync(2);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Đăng xuất" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await LoginAsync("chuyenvien.stp@motcua.local");
        await GotoAsync("/can-bo/xu-ly");
        await Assertions.Expect(Page.Locator("#work-list")).ToContainTextAsync("Quách Thị Liên Thông");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }).ClickAsync();
        await WaitForAddressAsync(new Regex($"/can-bo/ho-so/{Regex.Escape(code)}$"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành xử lý" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#dossier-status")).ToHaveTextAsync("Đã xử lý xong");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "In phiếu kiểm soát (Mẫu số 06)" }).ClickAsync();
        await WaitForAddressAsync(new Regex($"/can-bo/ho-so/{Regex.Escape(code)}/mau/6$"));
        var rows = Page.Locator("#control-sheet-form tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Phường Phố Hiến");
        await Assertions.Expect(rows.Nth(0).Locator(".cs-outcome")).ToHaveTextAsync("Trước hạn");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Sở Tư pháp");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Vũ Đức Anh");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Đề nghị Sở xác minh giấy tờ");
        await Assertions.Expect(rows.Nth(1).Locator(".cs-outcome")).ToHaveTextAsync("Trước hạn");
        await AssertAccessibleAsync();
    }
}
