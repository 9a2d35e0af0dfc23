using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Persistence;
using MotCua.Web.Tests.Officer;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Officer;

/// <summary>Apology with a new appointment, stop, return of the result and the register, as an officer uses them.</summary>
public sealed class ExceptionalActionsFlowTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    private const string Reception = "tiepnhan@motcua.local";
    private const string Specialist = "chuyenvien@motcua.local";

    private static DateOnly Today => VietnamTime.LocalDate(DateTimeOffset.UtcNow);

    [BrowserFact]
    public async Task An_apology_prints_form_04_with_the_new_appointment_and_the_citizen_sees_it_when_tracking()
    {
        var code = OfficerTestData.CreateInProcessing(Server.Services, Reception, "Giang Thị Xin Lỗi", Today.AddDays(-2));
        const string key = "XLH7K2MPQ9";
        SetTrackingKey(code, key);
        var appointment = Today.AddDays(12);
        await LoginAsync(Specialist);

        await GotoAsync($"/can-bo/ho-so/{code}");
        await Page.GetByLabel("Ngày hẹn trả kết quả mới").FillAsync(appointment.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Lý do chậm trả kết quả").FillAsync("Chờ kết quả xác minh của cơ quan phối hợp");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lập phiếu xin lỗi và hẹn lại" }).ClickAsync();

        await WaitForAddressAsync(new Regex($"/can-bo/ho-so/{Regex.Escape(code)}/mau/4$"));
        await Assertions.Expect(Page.Locator("#new-appointment")).ToHaveTextAsync(
            $"ngày {appointment.Day:00} tháng {appointment.Month:00} năm {appointment.Year}");
        await Assertions.Expect(Page.Locator("#apology-reason")).ToHaveTextAsync("Chờ kết quả xác minh của cơ quan phối hợp");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Giang Thị Xin Lỗi");
        await AssertAccessibleAsync();

        await GotoAsync("/tra-cuu");
        await Page.GetByLabel("Mã hồ sơ").FillAsync(code);
        await Page.GetByLabel("Mã tra cứu").FillAsync(key);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync($"hẹn lại: {VietnamTime.Format(appointment)}");
        await AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task Stopping_prints_form_05_and_the_register_lists_the_dossier()
    {
        var code = OfficerTestData.CreateInProcessing(Server.Services, Reception, "Giang Văn Dừng Lại", Today.AddDays(3));
        await LoginAsync(Specialist);

        await GotoAsync($"/can-bo/ho-so/{code}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Dừng xử lý và in phiếu" }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-valmsg-for='Input.StopReason']")).ToHaveTextAsync("Vui lòng ghi rõ lý do dừng xử lý hồ sơ.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Lý do dừng xử lý hồ sơ (Mẫu số 05)").FillAsync("Người nộp đã chết, không có người thừa kế yêu cầu");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Dừng xử lý và in phiếu" }).ClickAsync();

        await WaitForAddressAsync(new Regex($"/can-bo/ho-so/{Regex.Escape(code)}/mau/5$"));
        await Assertions.Expect(Page.Locator("#stop-reason")).ToHaveTextAsync("Người nộp đã chết, không có người thừa kế yêu cầu");
        await AssertAccessibleAsync();

        await GotoAsync($"/can-bo/so-theo-doi?tu={Today.AddDays(-3):yyyy-MM-dd}&den={Today:yyyy-MM-dd}");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sổ theo dõi hồ sơ" }).First).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#register-count")).ToContainTextAsync("hồ sơ tiếp nhận trong kỳ");
        await AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task Reception_returns_a_ready_result_to_the_named_receiver()
    {
        var code = OfficerTestData.CreateInProcessing(Server.Services, Reception, "Giang Thị Nhận Kết Quả", Today.AddDays(3), resolve: true);
        await LoginAsync(Reception);

        await GotoAsync("/can-bo/xu-ly?loai=tra-ket-qua");
        await Page.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }).ClickAsync();
        await Page.GetByLabel("Họ và tên người nhận kết quả").FillAsync("Giang Văn Nhận Thay");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Trả kết quả" }).ClickAsync();

        await Assertions.Expect(Page.Locator("#dossier-status")).ToHaveTextAsync("Đã trả kết quả");
        await Assertions.Expect(Page.Locator("#dossier-history")).ToContainTextAsync("Trả kết quả cho: Giang Văn Nhận Thay");
        await AssertAccessibleAsync();
    }

    private void SetTrackingKey(string code, string key)
    {
        using var scope = Server.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Dossiers
            .Where(d => d.Code == code)
            .ExecuteUpdate(s => s.SetProperty(d => d.TrackingKeyHash, TrackingKey.Hash(key)));
    }
}
