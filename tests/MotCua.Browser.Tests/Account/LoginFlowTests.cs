using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Account;

public sealed class LoginFlowTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    [BrowserTheory]
    [InlineData("tiepnhan@motcua.local", "/can-bo", "Hồ sơ trực tuyến chờ tiếp nhận")]
    [InlineData("chuyenvien@motcua.local", "/can-bo", "Hồ sơ được giao cho tôi")]
    [InlineData("lanhdao@motcua.local", "/lanh-dao", "Tỷ lệ đúng hạn")]
    [InlineData("admin@motcua.local", "/quan-tri", "Thủ tục hành chính")]
    public async Task Demo_officer_signs_in_with_the_keyboard_and_sees_the_start_page_of_the_role(
        string email, string startPage, string expectedText)
    {
        await GotoAsync("/dang-nhap");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Email").FillAsync(email);
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync(DemoPassword);
        await Page.Keyboard.PressAsync("Enter");
        await WaitForPathAsync(startPage);

        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(expectedText);
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Đăng xuất" }).ClickAsync();
        await WaitForPathAsync("/dang-xuat");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeFocusedAsync();
        await AssertAccessibleAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập cán bộ" })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_wrong_password_is_explained_in_Vietnamese_on_the_page()
    {
        await GotoAsync("/dang-nhap");
        await Page.GetByLabel("Email").FillAsync("tiepnhan2@motcua.local");
        await Page.GetByLabel("Mật khẩu").FillAsync("khong-dung");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Email hoặc mật khẩu không đúng.");
        await AssertAccessibleAsync();
    }
}
