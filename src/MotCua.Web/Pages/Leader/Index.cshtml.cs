using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dashboard;
using MotCua.Domain.Calendar;

namespace MotCua.Web.Pages.Leader;

/// <summary>The leader's dashboard: headline, index components and charts with their tables, for a period and unit.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    /// <summary>First day: yyyy-MM-dd (or a month, yyyy-MM, from its first day).</summary>
    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    /// <summary>Last day: yyyy-MM-dd (or a month, yyyy-MM, to its last day).</summary>
    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    /// <summary>One of the leader's units; empty for all of them.</summary>
    [BindProperty(SupportsGet = true, Name = "dv")]
    public int? UnitId { get; set; }

    private string? _drillPath;

    private string? _drillPeriod;

    public DashboardView View { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.LocalDate(clock.GetUtcNow());
        var period = DashboardText.ParseDays(ModelState, From, To, Today);
        From = DashboardText.DayInput(period.From);
        To = DashboardText.DayInput(period.To);
        View = await mediator.Send(new GetDashboard(period, UnitId), cancellationToken);
    }

    /// <summary>
    /// The drill-down list behind a figure of this period. A dashboard has a few hundred of these links, so the page's
    /// path and the period's query are written once; the rest are numbers and a kind's name, which need no encoding.
    /// </summary>
    public string Drill(DrillKind kind, int? unitId = null, int? fieldId = null, int? procedureId = null, int? month = null)
    {
        _drillPath ??= Url.Page("/Leader/DrillDown") ?? "/lanh-dao/ho-so";
        _drillPeriod ??= PeriodQuery(View.Period);
        var link = new StringBuilder(_drillPath, 128).Append(month is { } m ? PeriodQuery(View.Period.Within(m)) : _drillPeriod);
        foreach (var (name, value) in new[] { ("dv", unitId ?? UnitId), ("lv", fieldId), ("tt", procedureId) })
        {
            if (value is { } id)
            {
                link.Append('&').Append(name).Append('=').Append(id.ToString(CultureInfo.InvariantCulture));
            }
        }

        return link.Append("&loai=").Append(DrillKinds[kind]).ToString();
    }

    private static readonly Dictionary<DrillKind, string> DrillKinds = Enum.GetValues<DrillKind>().ToDictionary(k => k, k => k.ToString());

    private static string PeriodQuery(DayRange period) => period.IsWholeMonths
        ? PeriodQuery(period.Months.From, period.Months.To)
        : $"?tu={DashboardText.DayInput(period.From)}&den={DashboardText.DayInput(period.To)}";

    private static string PeriodQuery(int fromMonth, int toMonth) => $"?tu={DashboardText.MonthInput(fromMonth)}&den={DashboardText.MonthInput(toMonth)}";

    /// <summary>
    /// What the figures part of the page is made from: the figures' units (with their names as shown, so a merger
    /// shows at once), period, day and rollup stamp, and the picked unit the links keep. Its HTML (a few hundred
    /// drill-down links) is kept under it until a figure may have changed. Procedure and field names are kept with
    /// the figures: a renamed one shows within 10 minutes.
    /// </summary>
    public string FiguresKey =>
        $"{string.Join(',', View.Scope.Units.Select(u => $"{u.Id}:{u.Label}"))}|{View.Period.FromDay}-{View.Period.ToDay}|{Today.DayNumber}|{View.Stamp}|{UnitId}";

    /// <summary>A quick-pick period link keeping the unit.</summary>
    public string PeriodLink(int from, int to) =>
        PeriodQuery(from, to) + (UnitId is { } u ? $"&dv={u}" : string.Empty);
}
