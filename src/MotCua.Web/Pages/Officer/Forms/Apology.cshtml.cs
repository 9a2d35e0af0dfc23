using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dossiers;

namespace MotCua.Web.Pages.Officer.Forms;

/// <summary>Form 04 of Circular 03/2025/TT-VPCP: apology and new appointment, for printing on A4.</summary>
public sealed class ApologyModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    public ApologyFormView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new GetApologyForm(Code), cancellationToken);
}
