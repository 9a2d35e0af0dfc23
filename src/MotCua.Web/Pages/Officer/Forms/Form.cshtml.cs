using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dossiers;

namespace MotCua.Web.Pages.Officer.Forms;

/// <summary>Printable forms 01–03 of Circular 03/2025/TT-VPCP for a dossier of the officer's unit.</summary>
public sealed class FormModel(IMediator mediator) : PageModel
{
    /// <summary>TempData key of the lookup key handed out at the counter: shown on the first print only.</summary>
    public const string TrackingKeySlot = "TrackingKey";

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "form")]
    public int FormNumber { get; set; }

    public DossierFormView View { get; private set; } = null!;

    /// <summary>The secret key, only right after the counter created the dossier.</summary>
    public string? TrackingKey { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new GetDossierForm(Code, FormNumber), cancellationToken);
        if (TempData[TrackingKeySlot] is string slot && slot.Split('|') is [var code, var key] && code == View.Code)
        {
            TrackingKey = key;
        }
    }
}
