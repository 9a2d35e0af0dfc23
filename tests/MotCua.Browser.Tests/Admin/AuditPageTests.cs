using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Admin;

public sealed class AuditPageTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    [BrowserFact]
    public async Task Admin_filters_the_audit_log_by_logins_and_sees_their_own_sign_in()
    {
        await LoginAsync("admin@motcua.local");
        await GotoAsync("/quan-tri");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nhật ký hệ thống" }).ClickAsync();
        await WaitForPathAsync("/quan-tri/nhat-ky");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Nhật ký hệ thống", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByLabel("Loại thao tác").SelectOptionAsync(new SelectOptionValue { Label = "Đăng nhập (tất cả)" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await WaitForAddressAsync(new Regex("[?&]thaoTac=login"));

        var table = Page.GetByRole(AriaRole.Table);
        await Assertions.Expect(table).ToContainTextAsync("Đăng nhập thành công");
        await Assertions.Expect(table).ToContainTextAsync("Phạm Quốc Bảo");
        await Assertions.Expect(table).Not.ToContainTextAsync("Xem hồ sơ");
        await Assertions.Expect(Page.GetByLabel("Loại thao tác")).ToHaveValueAsync("login");
        await AssertAccessibleAsync();
    }
}
