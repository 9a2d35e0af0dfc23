using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Administration;

namespace MotCua.Web.Pages.Admin;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public AdminOverview View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new GetAdminOverview(), cancellationToken);
}
