using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dashboard;
using MotCua.Domain.Calendar;

namespace MotCua.Web.Pages.Leader;

/// <summary>The leader's dashboard: headline, index components and charts with their tables, for a period and unit.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    /// <summary>First month: yyyy-MM.</summary>
    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    /// <summary>Last month: yyyy-MM.</summary>
    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    /// <summary>One of the leader's units; empty for all of them.</summary>
    [BindProperty(SupportsGet = true, Name = "dv")]
    public int? UnitId { get; set; }

    private string? _drillPath;

    public DashboardView View { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.LocalDate(clock.GetUtcNow());
        var from = DashboardText.ParseMonth(From);
        var to = DashboardText.ParseMonth(To);
        if (!string.IsNullOrWhiteSpace(From) && from is null)
        {
            ModelState.AddModelError("tu", "Tháng bắt đầu không hợp lệ (dạng năm-tháng, ví dụ 2026-03).");
        }

        if (!string.IsNullOrWhiteSpace(To) && to is null)
        {
            ModelState.AddModelError("den", "Tháng kết thúc không hợp lệ (dạng năm-tháng, ví dụ 2026-03).");
        }

        var first = from ?? Today.Year * 100 + 1;
        var last = to ?? MonthRange.Of(Today);
        if (first > last)
        {
            ModelState.AddModelError("den", "Tháng kết thúc không được trước tháng bắt đầu.");
            (first, last) = (last, first);
        }

        From = DashboardText.MonthInput(first);
        To = DashboardText.MonthInput(last);
        View = await mediator.Send(new GetDashboard(first, last, UnitId), cancellationToken);
    }

    /// <summary>
    /// The drill-down list behind a figure of this period. The page's path is resolved once: a dashboard has a few
    /// hundred of these links.
    /// </summary>
    public string Drill(DrillKind kind, int? unitId = null, int? fieldId = null, int? procedureId = null, int? month = null)
    {
        _drillPath ??= Url.Page("/Leader/DrillDown") ?? "/lanh-dao/ho-so";
        var query = new QueryBuilder
        {
            { "tu", DashboardText.MonthInput(month ?? View.Period.From) },
            { "den", DashboardText.MonthInput(month ?? View.Period.To) },
        };
        foreach (var (name, value) in new[] { ("dv", unitId ?? UnitId), ("lv", fieldId), ("tt", procedureId) })
        {
            if (value is { } id)
            {
                query.Add(name, id.ToString(CultureInfo.InvariantCulture));
            }
        }

        query.Add("loai", kind.ToString());
        return _drillPath + query.ToQueryString();
    }

    /// <summary>A quick-pick period link keeping the unit.</summary>
    public string PeriodLink(int from, int to) =>
        $"?tu={DashboardText.MonthInput(from)}&den={DashboardText.MonthInput(to)}" + (UnitId is { } u ? $"&dv={u}" : string.Empty);
}
