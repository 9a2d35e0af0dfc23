using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Administration.Units;

namespace MotCua.Web.Pages.Admin.Units;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<UnitNode> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Units = await mediator.Send(new GetUnitTree(), cancellationToken);
}
