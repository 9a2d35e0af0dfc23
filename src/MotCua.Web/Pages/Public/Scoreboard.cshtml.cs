using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dashboard;

namespace MotCua.Web.Pages.Public;

/// <summary>Công khai kết quả giải quyết: per unit, for anyone, without personal data.</summary>
public sealed class ScoreboardModel(IMediator mediator) : PageModel
{
    public ScoreboardView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new GetScoreboard(), cancellationToken);
}
