using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcel = MiniExcelLibs.MiniExcel;
using MotCua.Application.Registers;
using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Pages.Officer.Register;

/// <summary>Form 07 (Sổ theo dõi hồ sơ) of the officer's unit: on screen by page, printable, and as an Excel file.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>First day of the period, as the date input sends it: yyyy-MM-dd.</summary>
    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    /// <summary>Last day of the period: yyyy-MM-dd.</summary>
    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public DossierRegisterPage View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (from, to) = Period();
        View = await mediator.Send(new GetDossierRegister(from, to, PageNumber), cancellationToken);
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken)
    {
        var (from, to) = Period();
        if (!ModelState.IsValid)
        {
            View = await mediator.Send(new GetDossierRegister(from, to, 1), cancellationToken);
            return Page();
        }

        DossierRegisterExport export;
        try
        {
            export = await mediator.Send(new ExportDossierRegister(from, to), cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            View = await mediator.Send(new GetDossierRegister(from, to, 1), cancellationToken);
            return Page();
        }

        var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(
            stream, export.Rows.Select(ExcelRow).ToList(), sheetName: "So theo doi",
            excelType: MiniExcelLibs.ExcelType.XLSX, cancellationToken: cancellationToken);
        stream.Position = 0;
        Response.Headers.CacheControl = "private, no-store";
        return File(stream, ExcelContentType, $"so-theo-doi-{from:yyyyMMdd}-{to:yyyyMMdd}.xlsx");
    }

    public static string Instant(DateTimeOffset? at) =>
        at is { } t ? VietnamTime.ToLocal(t).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : string.Empty;

    public static string Date(DateOnly? date) => date is { } d ? VietnamTime.Format(d) : string.Empty;

    /// <summary>Hẹn trả: the receipt's date, and the apology's new date when one was given.</summary>
    public static string Appointment(RegisterRow row) =>
        row.ExtendedDueDate is { } extended ? $"{Date(row.DueDate)} (hẹn lại {Date(extended)})" : Date(row.DueDate);

    public static string Note(RegisterRow row) => row.Status switch
    {
        DossierStatus.Resolved or DossierStatus.Returned or DossierStatus.InProcessing or DossierStatus.Accepted => string.Empty,
        _ => row.Status.Vietnamese(),
    };

    public static string Contact(RegisterRow row) =>
        string.Join(" – ", new[] { row.Address, row.Phone }.Where(x => !string.IsNullOrWhiteSpace(x)));

    public string PathOf(int page) =>
        $"/can-bo/so-theo-doi?tu={View.From:yyyy-MM-dd}&den={View.To:yyyy-MM-dd}&trang={page}";

    public string ExcelPath => $"/can-bo/so-theo-doi?handler=Excel&tu={View.From:yyyy-MM-dd}&den={View.To:yyyy-MM-dd}";

    /// <summary>The columns of Form 07, in its order; the page shows the same texts.</summary>
    public static Dictionary<string, object> ExcelRow(RegisterRow row) => new()
    {
        ["STT"] = row.Number,
        ["Mã hồ sơ"] = row.Code,
        ["Tên thủ tục hành chính"] = row.ProcedureName,
        ["Số lượng hồ sơ (bộ)"] = row.Sets,
        ["Tên người nộp hồ sơ"] = row.ApplicantName,
        ["Địa chỉ, số điện thoại"] = Contact(row),
        ["Ngày, tháng, năm nhận hồ sơ"] = Instant(row.ReceivedAt),
        ["Ngày, tháng, năm hẹn trả kết quả"] = Appointment(row),
        ["Chuyển hồ sơ đến bộ phận giải quyết"] = Instant(row.SentToProcessingAt),
        ["Ngày, tháng, năm có kết quả"] = Instant(row.ResultAt),
        ["Ngày, tháng, năm trả kết quả"] = Instant(row.ReturnedAt),
        ["Ký nhận"] = row.ReturnedTo ?? string.Empty,
        ["Ghi chú"] = Note(row),
    };

    private (DateOnly From, DateOnly To) Period()
    {
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var to = Parse(To, "den", "Ngày kết thúc") ?? today;
        var from = Parse(From, "tu", "Ngày bắt đầu") ?? new DateOnly(to.Year, to.Month, 1);
        if (from > to)
        {
            ModelState.AddModelError("den", "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
            from = to;
        }
        else if (to.DayNumber - from.DayNumber >= 366)
        {
            ModelState.AddModelError("tu", "Mỗi lần xem sổ theo dõi tối đa 366 ngày; vui lòng chọn khoảng thời gian ngắn hơn.");
            from = to.AddDays(-365);
        }

        From = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        To = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (from, to);
    }

    private DateOnly? Parse(string? text, string key, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(key, $"{label} phải là một ngày, ví dụ 01/11/2026.");
        return null;
    }
}
