using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dossiers;

namespace MotCua.Web.Pages.Officer.Forms;

/// <summary>
/// Form 06 of Circular 03/2025/TT-VPCP (phiếu kiểm soát quá trình giải quyết hồ sơ). Its literal route segment takes
/// precedence over the generic <c>/mau/{form:int}</c> page of forms 01–03.
/// </summary>
public sealed class ControlSheetModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    public ControlSheetFormView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new GetControlSheetForm(Code), cancellationToken);
}
