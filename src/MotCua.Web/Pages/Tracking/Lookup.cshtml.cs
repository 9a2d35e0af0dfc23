using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Application.Common;
using MotCua.Application.Tracking;
using MotCua.Web.Hosting;
using MotCua.Web.Submission;

namespace MotCua.Web.Pages.Tracking;

/// <summary>
/// The one place a code and key are checked from the web: rate limited per client, and a wrong key reads exactly
/// like an unknown code. Success stores both in the tracking cookie and shows the dossier on /tra-cuu.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.LookupRateLimit)]
public sealed class LookupModel(IMediator mediator, TrackingCookie cookie) : PageModel
{
    [BindProperty]
    public LookupInput Input { get; set; } = new();

    public IActionResult OnGet() => RedirectToPage("/Tracking/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new TrackDossier(Input.Code, Input.Key), cancellationToken);
        }
        catch (NotFoundException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        cookie.Set(HttpContext, Input.Code!.Trim().ToUpperInvariant(), Input.Key!.Trim());
        return RedirectToPage("/Tracking/Index");
    }

    public sealed class LookupInput
    {
        public string? Code { get; set; }

        public string? Key { get; set; }
    }
}
