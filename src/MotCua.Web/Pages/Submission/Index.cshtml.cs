using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Submissions;

namespace MotCua.Web.Pages.Submission;

[AllowAnonymous]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<OnlineProcedureItem> Procedures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Procedures = await mediator.Send(new ListOnlineProcedures(Search), cancellationToken);
}
