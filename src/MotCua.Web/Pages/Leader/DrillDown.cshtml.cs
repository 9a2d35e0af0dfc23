using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dashboard;

namespace MotCua.Web.Pages.Leader;

/// <summary>The dossiers behind one figure of the dashboard, paged.</summary>
public sealed class DrillDownModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "dv")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "lv")]
    public int? FieldId { get; set; }

    [BindProperty(SupportsGet = true, Name = "tt")]
    public int? ProcedureId { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public DrillKind Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public DrillDownView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var from = DashboardText.ParseDay(From, lastDayOfMonth: false);
        var to = DashboardText.ParseDay(To, lastDayOfMonth: true);
        if (from is null || to is null || from > to || !Enum.IsDefined(Kind))
        {
            return BadRequest();
        }

        View = await mediator.Send(new GetDrillDown(new DayRange(from.Value, to.Value), Kind, UnitId, FieldId, ProcedureId, PageNumber), cancellationToken);
        return Page();
    }

    public Dictionary<string, string?> PageRoute(int page) => new()
    {
        ["tu"] = From,
        ["den"] = To,
        ["dv"] = UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["lv"] = FieldId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["tt"] = ProcedureId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["loai"] = Kind.ToString(),
        ["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
