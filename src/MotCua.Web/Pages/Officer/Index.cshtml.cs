using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Officers;

namespace MotCua.Web.Pages.Officer;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public WorkspaceView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new GetWorkspace(), cancellationToken);
}
