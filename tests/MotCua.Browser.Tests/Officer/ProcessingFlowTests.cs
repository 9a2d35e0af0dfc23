using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Web.Tests.Officer;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Officer;

public sealed class ProcessingFlowTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    private const string Specialist = "chuyenvien@motcua.local";

    [BrowserFact]
    public async Task Specialist_takes_a_dossier_from_the_work_list_and_resolves_it()
    {
        var code = OfficerTestData.CreateInProcessing(
            Server.Services, "tiepnhan@motcua.local", "Quách Văn Xử Lý", new DateOnly(2000, 1, 3));
        await LoginAsync(Specialist);

        await GotoAsync("/can-bo/xu-ly");
        await Assertions.Expect(Page.Locator("#work-list")).ToContainTextAsync("Quách Văn Xử Lý");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Đang giải quyết" })).ToHaveAttributeAsync("aria-current", "page");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Hồ sơ {code}" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Giao cho tôi xử lý" }).ClickAsync();
        await WaitForAddressAsync(new Regex($"/can-bo/ho-so/{Regex.Escape(code)}$"));
        await Assertions.Expect(Page.Locator("#assignee")).ToHaveTextAsync("Bạn");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành xử lý" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#dossier-status")).ToHaveTextAsync("Đã xử lý xong");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("đã xử lý xong, quá hạn");
        await AssertAccessibleAsync();

        await GotoAsync("/can-bo/xu-ly?loai=tra-ket-qua");
        await Assertions.Expect(Page.Locator("#work-list")).ToContainTextAsync(code);
        await AssertAccessibleAsync();
    }
}
