using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Catalog;

namespace MotCua.Web.Pages;

/// <summary>The public home page: search, fields, most used procedures and this year's on-time figures.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public PortalHome Home { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Home = await mediator.Send(new GetPortalHome(), cancellationToken);
}
