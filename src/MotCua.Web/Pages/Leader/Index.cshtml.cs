using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Reports;
using MotCua.Domain.Calendar;

namespace MotCua.Web.Pages.Leader;

public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public HeadlineView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        View = await mediator.Send(new GetHeadline(new DateOnly(today.Year, 1, 1), today), cancellationToken);
    }
}
