using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Calendar;
using MotCua.Domain.Calendar;
using MotCua.Web.Validation;

namespace MotCua.Web.Pages.Admin.Calendar;

/// <summary>The administrator's view of a year's working calendar, with overrides added and removed here.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel, IRedisplayable
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public OverrideInput Input { get; set; } = new();

    public CalendarYearView View { get; private set; } = null!;

    public int ShownYear => Year ?? VietnamTime.ToLocal(clock.GetUtcNow()).Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ShownYear is < CalendarYears.First or > CalendarYears.Last)
            return NotFound();
        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await mediator.Send(new AddCalendarOverride(ShownYear, Input.Date, Input.Kind, Input.Reason), cancellationToken);
        TempData["Status"] = $"Đã lưu điều chỉnh ngày {VietnamTime.Format(Input.Date!.Value)}.";
        return RedirectToPage(new { year = ShownYear });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        var date = await mediator.Send(new RemoveCalendarOverride(id), cancellationToken);
        TempData["Status"] = $"Đã xóa điều chỉnh ngày {VietnamTime.Format(date)}.";
        return RedirectToPage(new { year = ShownYear });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new GetCalendarYear(ShownYear), cancellationToken);

    public static string KindText(SpecialDayKind kind) => kind switch
    {
        SpecialDayKind.Holiday => "Nghỉ lễ, Tết",
        SpecialDayKind.Compensatory => "Nghỉ bù",
        SpecialDayKind.DayOff => "Nghỉ (hoán đổi, quyết định riêng)",
        _ => "Làm bù Thứ Bảy",
    };

    public static string OverrideText(CalendarOverrideKind kind) => kind switch
    {
        CalendarOverrideKind.DayOff => "Thêm ngày nghỉ",
        CalendarOverrideKind.WorkingDay => "Hủy ngày nghỉ (làm việc)",
        _ => "Làm bù Thứ Bảy",
    };

    public static string SourceText(CalendarDaySource source) => source switch
    {
        CalendarDaySource.Official => "Lịch nghỉ chính thức",
        CalendarDaySource.Rule => "Theo Bộ luật Lao động",
        _ => "Quản trị điều chỉnh",
    };

    public sealed class OverrideInput
    {
        [Display(Name = "Ngày")]
        [DataType(DataType.Date)]
        public DateOnly? Date { get; set; }

        [Display(Name = "Loại điều chỉnh")]
        public CalendarOverrideKind? Kind { get; set; }

        [Display(Name = "Lý do")]
        public string? Reason { get; set; }
    }
}
