using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Officer;

/// <summary>
/// Apology with a new appointment (Form 04), stop processing (Form 05), the applicant's withdrawal and the financial
/// obligation, through the officer's dossier page.
/// </summary>
public sealed class ExceptionalActionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reception = "tiepnhan@motcua.local";
    private const string Specialist = "chuyenvien@motcua.local";
    private const string OtherUnitReception = "tiepnhan2@motcua.local";
    private const string Conflict = "Hồ sơ vừa được người khác cập nhật";

    private static DateOnly Today => VietnamTime.LocalDate(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_apology_records_the_new_appointment_beside_the_legal_due_date_and_prints_form_04()
    {
        var due = Today.AddDays(-3);
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Đinh Thị Chờ Lâu", due);
        var legal = OfficerTestData.Load(factory.Services, code).LegalDueDate;
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var appointment = Today.AddDays(10);

        await UnitScopeTests.ActAsync(client, code, "Apology", new()
        {
            ["Input.NewDueDate"] = Iso(appointment),
            ["Input.ApologyReason"] = "Chờ ý kiến phối hợp của Sở Tài nguyên và Môi trường",
        });

        var dossier = factory.WithDb(db => db.Dossiers.AsNoTracking().Include(d => d.Extensions).Single(d => d.Code == code));
        Assert.Equal(appointment, dossier.ExtendedDueDate);
        Assert.Equal(legal, dossier.LegalDueDate);
        Assert.Equal(due, dossier.DueDate);
        Assert.Single(dossier.Extensions);

        var form = await client.GetPageAsync($"/can-bo/ho-so/{code}/mau/4");
        Assert.Contains("Mẫu số 04", form, StringComparison.Ordinal);
        Assert.Contains("Phiếu xin lỗi và hẹn lại ngày trả kết quả", form, StringComparison.Ordinal);
        Assert.Contains("Đinh Thị Chờ Lâu", form, StringComparison.Ordinal);
        Assert.Contains("Chờ ý kiến phối hợp của Sở Tài nguyên và Môi trường", form, StringComparison.Ordinal);
        Assert.Contains($"ngày {appointment.Day:00} tháng {appointment.Month:00} năm {appointment.Year}", form, StringComparison.Ordinal);
        Assert.Contains($"ngày {due.Day:00} tháng {due.Month:00} năm {due.Year}", form, StringComparison.Ordinal);

        var detail = await client.GetPageAsync($"/can-bo/ho-so/{code}");
        Assert.Contains($"hẹn lại: {VietnamTime.Format(appointment)}", detail, StringComparison.Ordinal);
        Assert.Contains("dossier.apology", factory.WithDb(db => db.AuditEntries.Where(a => a.Subject == code).Select(a => a.Action).ToList()));
    }

    [Fact]
    public async Task An_apology_without_a_reason_or_with_a_date_not_after_the_appointment_is_explained_next_to_the_field()
    {
        var due = Today.AddDays(-1);
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Mai Văn Thiếu Lý Do", due);
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var version = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));

        var noReason = await ReadAsync(await PostAsync(client, code, "Apology", version, new()
        {
            ["Input.NewDueDate"] = Iso(Today.AddDays(5)),
            ["Input.ApologyReason"] = " ",
        }));
        var early = await ReadAsync(await PostAsync(client, code, "Apology", version, new()
        {
            ["Input.NewDueDate"] = Iso(due),
            ["Input.ApologyReason"] = "Chậm do thiếu cán bộ",
        }));

        Assert.Contains("data-valmsg-for=\"Input.ApologyReason\"", noReason, StringComparison.Ordinal);
        Assert.Contains("Vui lòng ghi rõ lý do chậm trả kết quả.", FieldMessage(noReason, "Input.ApologyReason"), StringComparison.Ordinal);
        Assert.Contains("Ngày hẹn mới phải sau ngày hẹn hiện tại", FieldMessage(early, "Input.NewDueDate"), StringComparison.Ordinal);
        Assert.Contains("Chậm do thiếu cán bộ", early, StringComparison.Ordinal);
        Assert.Null(OfficerTestData.Load(factory.Services, code).ExtendedDueDate);
    }

    [Fact]
    public async Task An_apology_for_a_dossier_waiting_for_a_supplement_is_refused_with_a_clear_message()
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Tạ Văn Đang Chờ", Today.AddDays(-2), supplement: true);
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var version = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));

        var page = await ReadAsync(await PostAsync(client, code, "Apology", version, new()
        {
            ["Input.NewDueDate"] = Iso(Today.AddDays(5)),
            ["Input.ApologyReason"] = "Chậm",
        }));

        Assert.Contains("Chỉ lập phiếu xin lỗi và hẹn lại cho hồ sơ đang xử lý", page, StringComparison.Ordinal);
        Assert.Null(OfficerTestData.Load(factory.Services, code).ExtendedDueDate);
    }

    [Fact]
    public async Task Stopping_records_the_reason_and_prints_form_05()
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Cao Thị Dừng", Today.AddDays(4));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        await UnitScopeTests.ActAsync(client, code, "Stop", new() { ["Input.StopReason"] = "Có văn bản của Tòa án yêu cầu tạm dừng" });

        var dossier = OfficerTestData.Load(factory.Services, code);
        Assert.Equal(DossierStatus.Stopped, dossier.Status);
        Assert.NotNull(dossier.CompletedAt);
        var form = await client.GetPageAsync($"/can-bo/ho-so/{code}/mau/5");
        Assert.Contains("Mẫu số 05", form, StringComparison.Ordinal);
        Assert.Contains("Phiếu dừng xử lý hồ sơ", form, StringComparison.Ordinal);
        Assert.Contains("Có văn bản của Tòa án yêu cầu tạm dừng", form, StringComparison.Ordinal);
        Assert.Contains("Cao Thị Dừng", form, StringComparison.Ordinal);
        Assert.Contains($"/can-bo/ho-so/{code}/mau/5", await client.GetPageAsync($"/can-bo/ho-so/{code}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_without_a_reason_is_explained_next_to_the_field_and_changes_nothing()
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Cao Văn Không Lý Do", Today.AddDays(4));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var version = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));

        var page = await ReadAsync(await PostAsync(client, code, "Stop", version, new() { ["Input.StopReason"] = "" }));

        Assert.Contains("Vui lòng ghi rõ lý do dừng xử lý hồ sơ.", FieldMessage(page, "Input.StopReason"), StringComparison.Ordinal);
        Assert.Equal(DossierStatus.InProcessing, OfficerTestData.Load(factory.Services, code).Status);
        var missing = await client.Http.GetAsync(new Uri($"/can-bo/ho-so/{code}/mau/5", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Stopping_a_returned_dossier_is_refused_with_the_status_in_the_message()
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Hà Thị Xong Rồi", Today.AddDays(4), resolve: true);
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var version = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));

        var page = await ReadAsync(await PostAsync(client, code, "Stop", version, new() { ["Input.StopReason"] = "Thử" }));

        Assert.Contains("Không thể chuyển hồ sơ từ trạng thái “Đã xử lý xong” sang “Dừng xử lý”.", page, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Resolved, OfficerTestData.Load(factory.Services, code).Status);
    }

    [Theory]
    [InlineData("Withdraw", "Không thể chuyển hồ sơ từ trạng thái “Đã xử lý xong” sang “Công dân yêu cầu rút hồ sơ”.")]
    [InlineData("Obligation", "Không thể chuyển hồ sơ từ trạng thái “Đã xử lý xong” sang “Yêu cầu nghĩa vụ tài chính”.")]
    [InlineData("ObligationDone", "Không thể chuyển hồ sơ từ trạng thái “Đã xử lý xong” sang “Đang xử lý”.")]
    [InlineData("Apology", "Chỉ lập phiếu xin lỗi và hẹn lại cho hồ sơ đang xử lý; hồ sơ đang ở trạng thái “Đã xử lý xong”.")]
    public async Task An_action_on_a_finished_dossier_is_refused_with_the_status_in_the_message(string handler, string message)
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Hà Văn Đã Xong", Today.AddDays(4), resolve: true);
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var version = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));

        var page = await ReadAsync(await PostAsync(client, code, handler, version, ValidFields()));

        Assert.Contains(message, page, StringComparison.Ordinal);
        var dossier = OfficerTestData.Load(factory.Services, code);
        Assert.Equal(DossierStatus.Resolved, dossier.Status);
        Assert.Null(dossier.ExtendedDueDate);
    }

    [Fact]
    public async Task A_withdrawal_keeps_how_the_applicant_asked_and_needs_that_note()
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Lưu Văn Rút", Today.AddDays(4));
        var client = await OfficerTestData.SignedInAsync(factory, Reception);
        var version = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));

        var empty = await ReadAsync(await PostAsync(client, code, "Withdraw", version, new() { ["Input.WithdrawalNote"] = "" }));
        Assert.Contains("Vui lòng ghi rõ công dân yêu cầu rút hồ sơ bằng hình thức nào", FieldMessage(empty, "Input.WithdrawalNote"), StringComparison.Ordinal);

        await UnitScopeTests.ActAsync(client, code, "Withdraw", new() { ["Input.WithdrawalNote"] = "Đơn xin rút hồ sơ nộp tại quầy" });

        var dossier = OfficerTestData.Load(factory.Services, code);
        Assert.Equal(DossierStatus.Withdrawn, dossier.Status);
        Assert.Contains("Đơn xin rút hồ sơ nộp tại quầy", dossier.Transitions.OrderBy(t => t.At).Last().Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_financial_obligation_pauses_the_clock_until_it_is_fulfilled()
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Phan Thị Nộp Phí", Today.AddDays(4));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var version = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));

        var noAmount = await ReadAsync(await PostAsync(client, code, "Obligation", version, new()
        {
            ["Input.ObligationAmount"] = "",
            ["Input.ObligationNote"] = "Lệ phí cấp giấy chứng nhận",
        }));
        Assert.Contains("Vui lòng nhập số tiền phải nộp (đồng).", FieldMessage(noAmount, "Input.ObligationAmount"), StringComparison.Ordinal);

        await UnitScopeTests.ActAsync(client, code, "Obligation", new()
        {
            ["Input.ObligationAmount"] = "150000",
            ["Input.ObligationNote"] = "Lệ phí cấp giấy chứng nhận",
        });

        var paused = factory.WithDb(db => db.Dossiers.AsNoTracking().Include(d => d.Pauses).Include(d => d.Transitions).Single(d => d.Code == code));
        Assert.Equal(DossierStatus.FinancialObligation, paused.Status);
        Assert.Contains(paused.Pauses, p => p.Kind == PauseKind.FinancialObligation && p.EndedAt is null);
        Assert.Contains("150.000 đồng", paused.Transitions.OrderBy(t => t.At).Last().Note, StringComparison.Ordinal);
        Assert.Contains("Đã hoàn thành nghĩa vụ tài chính", await client.GetPageAsync($"/can-bo/ho-so/{code}"), StringComparison.Ordinal);

        await UnitScopeTests.ActAsync(client, code, "ObligationDone", []);

        var resumed = factory.WithDb(db => db.Dossiers.AsNoTracking().Include(d => d.Pauses).Single(d => d.Code == code));
        Assert.Equal(DossierStatus.InProcessing, resumed.Status);
        Assert.All(resumed.Pauses, p => Assert.NotNull(p.EndedAt));
    }

    [Theory]
    [InlineData("Apology")]
    [InlineData("Stop")]
    [InlineData("Withdraw")]
    [InlineData("Obligation")]
    public async Task An_action_from_a_stale_page_is_refused_with_the_reload_message(string handler)
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Ông Văn Trang Cũ", Today.AddDays(-1));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var stale = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));
        await UnitScopeTests.ActAsync(client, code, "Assign", []);

        var page = await ReadAsync(await PostAsync(client, code, handler, stale, ValidFields()));

        Assert.Contains(Conflict, page, StringComparison.Ordinal);
        var dossier = OfficerTestData.Load(factory.Services, code);
        Assert.Equal(DossierStatus.InProcessing, dossier.Status);
        Assert.Null(dossier.ExtendedDueDate);
    }

    [Theory]
    [InlineData("Apology")]
    [InlineData("Stop")]
    [InlineData("Withdraw")]
    [InlineData("Obligation")]
    [InlineData("ObligationDone")]
    public async Task Another_units_officer_gets_not_found(string handler)
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Nguyễn Văn Đơn Vị Khác", Today.AddDays(-1));
        var stranger = await OfficerTestData.SignedInAsync(factory, OtherUnitReception);
        var fields = ValidFields();
        fields["Input.Version"] = "1";

        var response = await stranger.PostWithTokenFromAsync("/dang-xuat", $"/can-bo/ho-so/{code}?handler={handler}", fields);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(DossierStatus.InProcessing, OfficerTestData.Load(factory.Services, code).Status);
        foreach (var form in new[] { 4, 5 })
        {
            var print = await stranger.Http.GetAsync(new Uri($"/can-bo/ho-so/{code}/mau/{form}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, print.StatusCode);
        }
    }

    private static Dictionary<string, string> ValidFields() => new()
    {
        ["Input.NewDueDate"] = Iso(Today.AddDays(20)),
        ["Input.ApologyReason"] = "Chậm do phối hợp liên thông",
        ["Input.StopReason"] = "Theo yêu cầu của cơ quan có thẩm quyền",
        ["Input.WithdrawalNote"] = "Đơn nộp tại quầy",
        ["Input.ObligationAmount"] = "50000",
        ["Input.ObligationNote"] = "Lệ phí",
    };

    /// <summary>The text of the validation message shown next to a field.</summary>
    private static string FieldMessage(string page, string field)
    {
        var marker = $"data-valmsg-for=\"{field}\"";
        var at = page.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no validation slot for {field}");
        var start = page.IndexOf('>', at) + 1;
        return page[start..page.IndexOf("</span>", start, StringComparison.Ordinal)];
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> PostAsync(
        FormClient client, string code, string handler, int version, Dictionary<string, string> fields)
    {
        fields["Input.Version"] = version.ToString(CultureInfo.InvariantCulture);
        return client.PostWithTokenFromAsync($"/can-bo/ho-so/{code}", $"/can-bo/ho-so/{code}?handler={handler}", fields);
    }
}
