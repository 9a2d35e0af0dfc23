using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dossiers;

namespace MotCua.Web.Pages.Officer.Forms;

/// <summary>Form 04 of Circular 03/2025/TT-VPCP: apology and new appointment, for printing on A4; any apology of the dossier.</summary>
public sealed class ApologyModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    /// <summary>Which apology of the dossier (lần thứ), from 1; none: the latest.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Lan { get; set; }

    public ApologyFormView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new GetApologyForm(Code, Lan), cancellationToken);

    /// <summary>The print page of the <paramref name="number"/>-th apology of a dossier.</summary>
    public static string PathOf(string code, int number) =>
        $"/can-bo/ho-so/{Uri.EscapeDataString(code)}/mau/4/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
