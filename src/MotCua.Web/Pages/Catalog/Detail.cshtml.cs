using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Catalog;

namespace MotCua.Web.Pages.Catalog;

/// <summary>One procedure: papers, fees, time limit, where to submit, and the expected return date if submitted now.</summary>
public sealed class DetailModel(IMediator mediator) : PageModel
{
    public ProcedureDetail Procedure { get; private set; } = null!;

    // An unknown code throws NotFoundException, which the page filter turns into the 404 page.
    public async Task OnGetAsync(string code, CancellationToken cancellationToken) =>
        Procedure = await mediator.Send(new GetProcedure(code), cancellationToken);
}
