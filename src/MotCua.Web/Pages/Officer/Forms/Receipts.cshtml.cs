using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dossiers;

namespace MotCua.Web.Pages.Officer.Forms;

/// <summary>
/// Several receipts (Form 01) on one A4 print job, one per page, for the dossiers ticked on the work list. The codes
/// come in the body of a POST, never in the address.
/// </summary>
public sealed class ReceiptsModel(IMediator mediator) : PageModel
{
    public const string Path = "/can-bo/in-giay-tiep-nhan";

    [BindProperty]
    public ReceiptsInput Input { get; set; } = new();

    /// <summary>Null when the selection was refused (nothing ticked, too many).</summary>
    public ReceiptBatch? Batch { get; private set; }

    /// <summary>Nothing to print without a selection: back to the work list.</summary>
    public IActionResult OnGet() => Redirect("/can-bo/xu-ly");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The work list's boxes carry "code|version" for the bulk assignment; only the code matters here.
        var codes = Input.Selected.Select(s => s.Split('|')[0]).ToList();
        Batch = await mediator.Send(new GetReceiptBatch(codes), cancellationToken);
        return Page();
    }

    public sealed class ReceiptsInput
    {
        /// <summary>The ticked rows: "code|version" from the work list, or plain codes.</summary>
        public List<string> Selected { get; set; } = [];
    }
}
