using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Admin;

public sealed class CalendarPageTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    [BrowserFact]
    public async Task Admin_adds_a_day_off_with_the_keyboard_and_sees_it_in_the_year()
    {
        await LoginAsync("admin@motcua.local");
        await GotoAsync("/quan-tri");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Lịch làm việc" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await WaitForPathAsync("/quan-tri/lich-lam-viec");
        await GotoAsync("/quan-tri/lich-lam-viec/2027");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Lịch làm việc năm 2027" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        // A mistake first: the error is announced and linked to its field.
        await Page.GetByLabel("Ngày", new() { Exact = true }).FocusAsync();
        await Page.Keyboard.TypeAsync("03112027");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Space");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu điều chỉnh" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vui lòng nhập lý do");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Lý do").FocusAsync();
        await Page.Keyboard.TypeAsync("Nghỉ theo Công văn số 7/UBND-VX");
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu điều chỉnh ngày 11/03/2027");
        await Assertions.Expect(Page.Locator("table.calendar-days")).ToContainTextAsync("Nghỉ theo Công văn số 7/UBND-VX");
        await AssertAccessibleAsync();
    }
}
