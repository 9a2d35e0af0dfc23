using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcel = MiniExcelLibs.MiniExcel;
using MotCua.Application.Reports;
using MotCua.Domain.Calendar;

namespace MotCua.Web.Pages.Leader;

/// <summary>The periodic report (Biểu 06 style) on screen, printable and as an Excel file.</summary>
public sealed class ReportModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>First month of the period, as the month input sends it: yyyy-MM.</summary>
    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    /// <summary>Last month of the period: yyyy-MM.</summary>
    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "nhom")]
    public ReportGrouping GroupBy { get; set; }

    public PeriodicReportView View { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken)
    {
        var view = await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            View = view;
            return Page();
        }

        var sheet = view.Rows
            .Select((row, index) => ExcelRow((index + 1).ToString(CultureInfo.InvariantCulture), row, view.GroupBy))
            .Append(ExcelRow(string.Empty, view.Total, view.GroupBy))
            .ToList();
        var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, sheet, sheetName: "Bao cao", excelType: MiniExcelLibs.ExcelType.XLSX, cancellationToken: cancellationToken);
        stream.Position = 0;
        return File(stream, ExcelContentType, $"bao-cao-{view.FromMonth}-{view.ToMonth}.xlsx");
    }

    private static Dictionary<string, object> ExcelRow(string number, PeriodicReportRow row, ReportGrouping groupBy) => new()
    {
        ["STT"] = number,
        [groupBy == ReportGrouping.Field ? "Lĩnh vực" : "Đơn vị"] = row.Name,
        ["Tổng số nhận giải quyết"] = row.ToHandle,
        ["Tiếp nhận trong kỳ"] = row.Received,
        ["Trực tuyến"] = row.Online,
        ["Trực tiếp và bưu chính"] = row.CounterAndPostal,
        ["Kỳ trước chuyển qua"] = row.CarriedOver,
        ["Đã giải quyết"] = row.Resolved,
        ["Trước hạn"] = row.Early,
        ["Đúng hạn"] = row.OnTime,
        ["Quá hạn"] = row.Late,
        ["Rút, dừng, trả lại"] = row.ClosedWithoutResult,
        ["Đang giải quyết"] = row.Pending,
    };

    private async Task<PeriodicReportView> LoadAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.LocalDate(clock.GetUtcNow());
        var (from, to) = DashboardText.ParsePeriod(ModelState, From, To, Today);
        if (!Enum.IsDefined(GroupBy))
        {
            GroupBy = ReportGrouping.Unit;
        }

        From = DashboardText.MonthInput(from);
        To = DashboardText.MonthInput(to);
        return await mediator.Send(new GetPeriodicReport(from, to, GroupBy), cancellationToken);
    }
}
