using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Persistence;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Submission;

public sealed class SubmissionJourneyTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    /// <summary>Đăng ký khai tử: offered fully online in the demo catalogue.</summary>
    private const string Procedure = "1.000656";

    [BrowserFact]
    public async Task A_citizen_finds_the_procedure_without_accents_submits_tracks_answers_a_supplement_and_rates()
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"to-khai-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", Encoding.ASCII);
        try
        {
            await GotoAsync("/");
            await Page.GetByLabel("Bạn cần làm thủ tục gì?").FillAsync("dang ky khai tu");
            await Page.Keyboard.PressAsync("Enter");
            await Page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký khai tử", Exact = true }).First.ClickAsync();
            await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("ngày hẹn trả kết quả dự kiến");
            await AssertAccessibleAsync();
            await Page.GetByRole(AriaRole.Link, new() { Name = "Nộp hồ sơ trực tuyến" }).Last.ClickAsync();
            await WaitForPathAsync($"/nop-ho-so/{Procedure}");
            await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Đăng ký khai tử" })).ToBeVisibleAsync();
            await AssertAccessibleAsync();

            await Page.GetByLabel("Họ và tên").FocusAsync();
            await Page.Keyboard.TypeAsync("Phạm Thị Hoa");
            await Page.Keyboard.PressAsync("Tab");
            await Page.Keyboard.TypeAsync("033185004321");
            await Page.GetByLabel("Ngày sinh").FillAsync("1985-03-09");
            await Page.GetByLabel("Số điện thoại di động").FocusAsync();
            await Page.Keyboard.TypeAsync("0356789012");
            await Page.GetByLabel("Tỉnh, thành phố").SelectOptionAsync("Tỉnh Hưng Yên");
            await Page.GetByLabel("Xã, phường").FillAsync("Phường Phố Hiến");
            await Page.GetByLabel("Số nhà, đường, thôn, tổ dân phố").FillAsync("Thôn Cao");
            foreach (var slot in await Page.Locator("input[type=file]").AllAsync())
            {
                await slot.SetInputFilesAsync(pdf);
            }

            await Page.GetByLabel("Nhận trực tuyến (bản điện tử)").CheckAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục: xem lại hồ sơ" }).FocusAsync();
            await Page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Xem lại hồ sơ trước khi nộp" })).ToBeVisibleAsync();
            await Assertions.Expect(Page.Locator(".submission-review")).ToContainTextAsync("Thôn Cao, Phường Phố Hiến, Tỉnh Hưng Yên");
            await AssertAccessibleAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ", Exact = true }).FocusAsync();
            await Page.Keyboard.PressAsync("Enter");

            await WaitForPathAsync("/nop-ho-so/xac-nhan");
            var code = (await Page.Locator(".receipt-code").InnerTextAsync()).Trim();
            var key = (await Page.Locator(".receipt-key").InnerTextAsync()).Trim();
            Assert.Matches(@"^\S+-\d{6}-\d{4}$", code);
            Assert.Equal(10, key.Length);
            await Assertions.Expect(Page.GetByRole(AriaRole.Img, new() { Name = $"Mã QR mở trang tra cứu hồ sơ {code}" })).ToBeVisibleAsync();
            await AssertAccessibleAsync();
            await SaveDocsScreenshotAsync("receipt");

            await Page.GetByRole(AriaRole.Link, new() { Name = "Tra cứu hồ sơ", Exact = true }).Last.ClickAsync();
            await Assertions.Expect(Page.GetByLabel("Mã hồ sơ")).ToHaveValueAsync(code);
            await Page.GetByLabel("Mã tra cứu").FocusAsync();
            await Page.Keyboard.TypeAsync(key);
            await Page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(Page.Locator(".tracking-status")).ToHaveTextAsync("Mới đăng ký");
            await AssertAccessibleAsync();

            await RequestSupplementAsync(code, "Bản sao giấy báo tử có chứng thực");
            await Page.ReloadAsync();
            await Assertions.Expect(Page.Locator(".tracking-status")).ToHaveTextAsync("Yêu cầu bổ sung");
            await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Bản sao giấy báo tử có chứng thực");
            await AssertAccessibleAsync();
            await SaveDocsScreenshotAsync("tracking");

            await Page.GetByLabel("Tệp bổ sung").SetInputFilesAsync(pdf);
            await Page.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ bổ sung" }).ClickAsync();
            await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi hồ sơ bổ sung");
            await Assertions.Expect(Page.Locator(".tracking-status")).ToHaveTextAsync("Mới đăng ký");
            await AssertAccessibleAsync();

            await ResolveAsync(code);
            await Page.ReloadAsync();
            await Assertions.Expect(Page.Locator(".tracking-status")).ToHaveTextAsync("Đã xử lý xong");
            await Page.GetByRole(AriaRole.Group, new() { Name = "Kết quả giải quyết" }).GetByLabel("Rất hài lòng").CheckAsync();
            await Page.GetByRole(AriaRole.Group, new() { Name = "Thái độ phục vụ của cán bộ" }).GetByLabel("Hài lòng", new() { Exact = true }).CheckAsync();
            await Page.GetByRole(AriaRole.Group, new() { Name = "Thời gian giải quyết" }).GetByLabel("Rất hài lòng").CheckAsync();
            await Page.GetByLabel("Góp ý (không bắt buộc)").FillAsync("Cán bộ hướng dẫn tận tình.");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
            await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Bạn đã đánh giá hồ sơ này");
            await AssertAccessibleAsync();
            var rating = await RatingAsync(code);
            Assert.Equal((5, 4, 5), (rating!.Result, rating.Attitude, rating.TimeTaken));
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    /// <summary>The officer's side of the journey goes through the same domain methods the officer pages call.</summary>
    private async Task RequestSupplementAsync(string code, string missing)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dossier = await db.Dossiers
            .Include(d => d.Transitions).Include(d => d.Pauses).Include(d => d.SupplementRequests)
            .AsSplitQuery()
            .SingleAsync(d => d.Code == code);
        dossier.RequestSupplement(DateTimeOffset.UtcNow, new Actor(null, "Cán bộ tiếp nhận"), [missing]);
        await db.SaveChangesAsync();
    }

    private async Task ResolveAsync(string code)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<MotCua.Application.Common.IWorkingCalendarProvider>().GetAsync();
        var dossier = await db.Dossiers
            .Include(d => d.Transitions).Include(d => d.Pauses).Include(d => d.Extensions)
            .AsSplitQuery()
            .SingleAsync(d => d.Code == code);
        var officer = new Actor(null, "Cán bộ tiếp nhận");
        var at = DateTimeOffset.UtcNow;
        dossier.Accept(at, officer, calendar);
        dossier.StartProcessing(at, officer);
        dossier.Resolve(at, officer);
        await db.SaveChangesAsync();
    }

    private async Task<Rating?> RatingAsync(string code)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Dossiers.Where(d => d.Code == code).Select(d => d.Rating).SingleAsync();
    }
}
