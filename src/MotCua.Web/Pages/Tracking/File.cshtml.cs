using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Application.Common.Files;
using MotCua.Application.Tracking;
using MotCua.Web.Hosting;
using MotCua.Web.Submission;

namespace MotCua.Web.Pages.Tracking;

/// <summary>A dossier's file for the holder of its key (remembered by the tracking cookie), always as a download.</summary>
[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.LookupRateLimit)]
public sealed class FileModel(IMediator mediator, TrackingCookie cookie, IFileStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid fileId, CancellationToken cancellationToken)
    {
        if (cookie.Read(HttpContext) is not { } remembered)
        {
            return NotFound();
        }

        var file = await mediator.Send(new GetTrackedFile(remembered.Code, remembered.Key, fileId), cancellationToken);
        Response.Headers.CacheControl = "private, no-store";
        return File(store.OpenRead(file.StoredName), file.ContentType, file.Name);
    }
}
