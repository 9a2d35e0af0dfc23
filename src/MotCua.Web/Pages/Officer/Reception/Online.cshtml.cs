using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Common.Security;
using MotCua.Application.Reception;

namespace MotCua.Web.Pages.Officer.Reception;

[Authorize(Roles = Roles.Reception)]
public sealed class OnlineModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public OnlineQueuePage Queue { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Queue = await mediator.Send(new GetOnlineQueue(PageNumber), cancellationToken);
    }

    /// <summary>"3 ngày 2 giờ", "45 phút": how long the applicant has been waiting for a check.</summary>
    public static string Waiting(TimeSpan span) => span switch
    {
        { TotalMinutes: < 1 } => "Vừa nộp",
        { TotalHours: < 1 } => $"{(int)span.TotalMinutes} phút",
        { TotalDays: < 1 } => $"{(int)span.TotalHours} giờ {span.Minutes} phút",
        _ => $"{(int)span.TotalDays} ngày {span.Hours} giờ",
    };
}
