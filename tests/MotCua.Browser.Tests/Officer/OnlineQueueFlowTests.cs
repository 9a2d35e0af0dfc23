using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Web.Tests.Officer;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Officer;

public sealed class OnlineQueueFlowTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    private const string Officer = "tiepnhan@motcua.local";

    [BrowserFact]
    public async Task Reception_officer_accepts_asks_for_a_supplement_and_refuses_from_the_online_queue()
    {
        var accepted = OfficerTestData.CreateSubmitted(Server.Services, Officer, "Kiều Văn Tiếp Nhận", TimeSpan.FromDays(500));
        var incomplete = OfficerTestData.CreateSubmitted(Server.Services, Officer, "Kiều Thị Bổ Sung", TimeSpan.FromDays(499));
        var refused = OfficerTestData.CreateSubmitted(Server.Services, Officer, "Kiều Văn Từ Chối", TimeSpan.FromDays(498));
        await LoginAsync(Officer);

        await GotoAsync("/can-bo/tiep-nhan/truc-tuyen");
        var queue = Page.Locator("#online-queue");
        await Assertions.Expect(queue).ToContainTextAsync("Kiều Văn Tiếp Nhận");
        await Assertions.Expect(queue).ToContainTextAsync("Kiều Thị Bổ Sung");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = accepted, Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Hồ sơ {accepted}" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ và in giấy hẹn" }).ClickAsync();
        await WaitForAddressAsync(new Regex($"/can-bo/ho-so/{Regex.Escape(accepted)}/mau/1$"));
        await Assertions.Expect(Page.Locator(".print-form")).ToContainTextAsync("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        await Assertions.Expect(Page.Locator("#lookup-instructions")).ToContainTextAsync("Mã tra cứu đã cấp khi tiếp nhận");
        await AssertAccessibleAsync();

        await GotoAsync($"/can-bo/ho-so/{incomplete}");
        await Page.GetByLabel("Yêu cầu bổ sung, hoàn thiện hồ sơ").FillAsync("Bản sao giấy chứng sinh\nTờ khai có chữ ký của người đi đăng ký");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu bổ sung và in phiếu" }).ClickAsync();
        await WaitForAddressAsync(new Regex($"/can-bo/ho-so/{Regex.Escape(incomplete)}/mau/2$"));
        var items = Page.Locator("#missing-items li");
        await Assertions.Expect(items).ToHaveTextAsync(["Bản sao giấy chứng sinh", "Tờ khai có chữ ký của người đi đăng ký"]);
        await Assertions.Expect(Page.Locator(".print-form")).ToContainTextAsync("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
        await AssertAccessibleAsync();

        await GotoAsync($"/can-bo/ho-so/{refused}");
        await Page.GetByLabel("Lý do từ chối tiếp nhận").FillAsync("Thủ tục thuộc thẩm quyền của Sở Xây dựng");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Từ chối tiếp nhận và in phiếu" }).ClickAsync();
        await WaitForAddressAsync(new Regex($"/can-bo/ho-so/{Regex.Escape(refused)}/mau/3$"));
        await Assertions.Expect(Page.Locator("#refusal-reason")).ToHaveTextAsync("Thủ tục thuộc thẩm quyền của Sở Xây dựng");
        await AssertAccessibleAsync();

        await GotoAsync("/can-bo/tiep-nhan/truc-tuyen");
        await Assertions.Expect(Page.Locator("main")).Not.ToContainTextAsync(accepted);
        await Assertions.Expect(Page.Locator("main")).Not.ToContainTextAsync(refused);
    }
}
