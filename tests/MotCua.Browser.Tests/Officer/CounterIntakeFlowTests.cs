using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Persistence;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Officer;

public sealed partial class CounterIntakeFlowTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    [BrowserFact]
    public async Task Reception_officer_receives_a_dossier_at_the_counter_with_the_keyboard_only_and_gets_the_receipt()
    {
        var citizenId = "0011" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        await LoginAsync("tiepnhan@motcua.local");
        await GotoAsync("/can-bo/tiep-nhan");
        await AssertAccessibleAsync();

        // The CCCD field has the focus when the page opens.
        await Assertions.Expect(Page.GetByLabel("Số CCCD/định danh cá nhân")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(citizenId);
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("Hà Thị Bàn Phím");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("05/09/1990");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("0987654321");
        await Page.Keyboard.PressAsync("Tab"); // email
        await Page.Keyboard.PressAsync("Tab"); // address
        await Page.Keyboard.PressAsync("Tab"); // procedure picker
        await Assertions.Expect(Page.GetByRole(AriaRole.Combobox, new() { Name = "Thủ tục hành chính" })).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("dang ky khai sinh");
        await Assertions.Expect(Page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Combobox, new() { Name = "Thủ tục hành chính" })).ToHaveValueAsync("Đăng ký khai sinh");
        await AssertAccessibleAsync();

        await Page.Keyboard.PressAsync("Tab"); // the first paper of the chosen procedure
        await Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(Page.Locator(".paper-group:not([hidden]) input[type=checkbox]").First).ToBeCheckedAsync();
        await Page.Keyboard.PressAsync("Control+Enter");

        await WaitForAddressAsync(ReceiptAddress());
        var code = ReceiptPath().Match(new Uri(Page.Url).AbsolutePath).Groups[1].Value;
        var due = DueDateOf(code);
        var form = Page.Locator(".print-form");
        await Assertions.Expect(form).ToContainTextAsync("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        await Assertions.Expect(form).ToContainTextAsync(code);
        await Assertions.Expect(form).ToContainTextAsync("Hà Thị Bàn Phím");
        await Assertions.Expect(Page.Locator("#appointment")).ToContainTextAsync(Appointment(due));
        await Assertions.Expect(Page.Locator(".tracking-key")).ToHaveTextAsync(TrackingKeyPattern());
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "In phiếu" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task Counter_lookup_fills_the_applicant_from_an_earlier_dossier_of_the_unit()
    {
        var code = Web.Tests.Officer.OfficerTestData.CreateSubmitted(Server.Services, "tiepnhan@motcua.local", "Quách Thị Quen Mặt");
        var citizenId = Web.Tests.Officer.OfficerTestData.Load(Server.Services, code).Applicant.CitizenId;
        await LoginAsync("tiepnhan@motcua.local");
        await GotoAsync("/can-bo/tiep-nhan");

        // Chromium applies autofocus at its next rendering step, which can come after the load event.
        await Assertions.Expect(Page.GetByLabel("Số CCCD/định danh cá nhân")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(citizenId);
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.GetByLabel("Họ và tên")).ToHaveValueAsync("Quách Thị Quen Mặt");
        await Assertions.Expect(Page.GetByLabel("Họ và tên")).ToBeFocusedAsync();
        await Assertions.Expect(Page.Locator("#applicant-history")).ToContainTextAsync(code);
        await AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task Counter_officer_ticks_an_earlier_result_of_the_person_to_reuse_it_in_the_new_dossier()
    {
        var earlier = Web.Tests.Officer.OfficerTestData.CreateSubmitted(Server.Services, "tiepnhan@motcua.local", "Quách Văn Dùng Lại");
        var citizenId = Web.Tests.Officer.OfficerTestData.Load(Server.Services, earlier).Applicant.CitizenId;
        var storedName = AddResultFile(earlier, "giay-khai-sinh-cu.pdf");
        await LoginAsync("tiepnhan@motcua.local");
        await GotoAsync("/can-bo/tiep-nhan");

        // Chromium applies autofocus at its next rendering step, which can come after the load event.
        await Assertions.Expect(Page.GetByLabel("Số CCCD/định danh cá nhân")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(citizenId);
        await Page.Keyboard.PressAsync("Enter");
        var reuse = Page.GetByRole(AriaRole.Checkbox, new() { Name = "Dùng lại giay-khai-sinh-cu.pdf" });
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Giấy tờ đã số hóa, kết quả trước đây" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "giay-khai-sinh-cu.pdf" }))
            .ToHaveAttributeAsync("href", new Regex($"^/can-bo/ho-so/{Regex.Escape(earlier)}/tep/[0-9a-f-]{{36}}$"));
        await AssertAccessibleAsync();
        await reuse.FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(reuse).ToBeCheckedAsync();

        await Page.GetByRole(AriaRole.Combobox, new() { Name = "Thủ tục hành chính" }).FocusAsync();
        await Page.Keyboard.TypeAsync("dang ky khai sinh");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("Enter");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Space");
        await Page.Keyboard.PressAsync("Control+Enter");

        await WaitForAddressAsync(ReceiptAddress());
        var code = ReceiptPath().Match(new Uri(Page.Url).AbsolutePath).Groups[1].Value;
        using var scope = Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(
            [storedName],
            db.Dossiers.Where(d => d.Code == code).SelectMany(d => d.Files).Select(f => f.StoredName).ToList());
    }

    private string AddResultFile(string code, string name)
    {
        using var scope = Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dossier = db.Dossiers.Include(d => d.Files).Single(d => d.Code == code);
        var storedName = Guid.NewGuid().ToString("N") + ".pdf";
        dossier.Files.Add(new DossierFile
        {
            Kind = FileKind.Result,
            OriginalName = name,
            StoredName = storedName,
            ContentType = "application/pdf",
            Size = 4096,
            Sha256 = new string('a', 64),
            UploadedAt = DateTimeOffset.UtcNow.AddDays(-10),
        });
        db.SaveChanges();
        return storedName;
    }

    private DateOnly DueDateOf(string code)
    {
        using var scope = Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.Dossiers.Where(d => d.Code == code).Select(d => d.DueDate).Single()!.Value;
    }

    [GeneratedRegex("^/can-bo/ho-so/(.+)/mau/1$")]
    private static partial Regex ReceiptPath();

    [GeneratedRegex("^[a-z]+://[^/]+/can-bo/ho-so/.+/mau/1$")]
    private static partial Regex ReceiptAddress();

    [GeneratedRegex("^[2-9A-HJ-NP-Z]{10}$")]
    private static partial Regex TrackingKeyPattern();

    /// <summary>The appointment as Form 01 writes it: "ngày 05 tháng 01 năm 2026".</summary>
    private static string Appointment(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {day.Day:00} tháng {day.Month:00} năm {day.Year}");
}
