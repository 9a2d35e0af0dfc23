using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dossiers;

namespace MotCua.Web.Pages.Officer.Forms;

/// <summary>Form 05 of Circular 03/2025/TT-VPCP: notice that processing of the dossier stopped, for printing on A4.</summary>
public sealed class StopModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    public DossierFormView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new GetStopForm(Code), cancellationToken);
}
