using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Catalog;

public sealed partial class CatalogJourneyTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    [BrowserFact]
    public async Task Citizen_searches_without_accents_from_the_home_page_and_sees_the_expected_return_date()
    {
        await GotoAsync("/");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Bạn cần làm thủ tục gì?").FillAsync("dang ky khai sinh");
        await Page.Keyboard.PressAsync("Enter");
        await WaitForPathAsync("/thu-tuc");
        await Assertions.Expect(Page.GetByLabel("Tên thủ tục")).ToHaveValueAsync("dang ky khai sinh");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký khai sinh", Exact = true }).ClickAsync();
        await WaitForPathAsync("/thu-tuc/1.001193");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng ký khai sinh");
        await Assertions.Expect(Page.Locator("#expected-return")).ToContainTextAsync(ExpectedReturnText());
        var shown = await Page.Locator("#expected-return strong").First.InnerTextAsync();
        Assert.Equal(await ExpectedReturnDateAsync(), shown);
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Nộp hồ sơ trực tuyến" }).Last)
            .ToHaveAttributeAsync("href", "/nop-ho-so/1.001193");
        await AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task Catalogue_filters_by_field_with_the_selects_and_pages_with_the_keyboard()
    {
        await GotoAsync("/thu-tuc");

        await Page.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Value = "HT" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();
        await WaitForAddressAsync(new Regex("[?&]linhVuc=HT(&|$)"));

        var fields = await Page.Locator(".procedure-item").AllInnerTextsAsync();
        Assert.NotEmpty(fields);
        Assert.All(fields, text => Assert.Contains("Lĩnh vực: Hộ tịch", text, StringComparison.Ordinal));
        await AssertAccessibleAsync();

        await GotoAsync("/thu-tuc");
        var next = Page.GetByRole(AriaRole.Navigation, new() { Name = "Phân trang kết quả" }).GetByRole(AriaRole.Link, new() { Name = "Trang sau" });
        await next.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await WaitForAddressAsync(SecondPage());
        await Assertions.Expect(Page.Locator("[aria-current=page][aria-label='Trang 2']")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task An_unknown_procedure_shows_the_not_found_page()
    {
        await GotoAsync("/thu-tuc/0.000000", 404);

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy trang");
        await AssertAccessibleAsync();
    }

    /// <summary>Birth registration: one working day, 15:00 cut-off, from now, on the server's own calendar.</summary>
    private async Task<string> ExpectedReturnDateAsync()
    {
        using var scope = Server.Services.CreateScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingCalendarProvider>().GetAsync();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var result = DeadlineCalculator.Compute(calendar, now, new ProcessingTime(1, ProcessingUnit.WorkingDays), new TimeOnly(15, 0));
        return VietnamTime.Format(result.DueDate);
    }

    private static Regex ExpectedReturnText() => ExpectedReturnPattern();

    [GeneratedRegex(@"[?&]trang=2(&|$)")]
    private static partial Regex SecondPage();

    [GeneratedRegex(@"Nếu nộp ngay bây giờ, ngày hẹn trả kết quả dự kiến là\s+\d{2}/\d{2}/\d{4}")]
    private static partial Regex ExpectedReturnPattern();
}
