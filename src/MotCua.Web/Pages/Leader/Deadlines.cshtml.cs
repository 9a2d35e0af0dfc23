using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dashboard;

namespace MotCua.Web.Pages.Leader;

/// <summary>Overdue and due-soon dossiers across the leader's units, with who holds each now.</summary>
public sealed class DeadlinesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "loai")]
    public DeadlineKind Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "dv")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public DeadlineListView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(Kind))
        {
            return BadRequest();
        }

        View = await mediator.Send(new GetDeadlineList(Kind, UnitId, PageNumber), cancellationToken);
        return Page();
    }

    public Dictionary<string, string?> Route(DeadlineKind kind, int page) => new()
    {
        ["loai"] = kind.ToString(),
        ["dv"] = UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
