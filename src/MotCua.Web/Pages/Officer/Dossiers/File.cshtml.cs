using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Common.Files;
using MotCua.Application.Dossiers;

namespace MotCua.Web.Pages.Officer.Dossiers;

/// <summary>
/// A dossier file for an officer of its unit, always as an attachment (never rendered in the portal's origin;
/// nosniff is set for every response by the security headers) and never cached.
/// </summary>
public sealed class FileModel(IMediator mediator, IFileStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, Guid fileId, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new GetOfficerFile(code, fileId), cancellationToken);
        Response.Headers.CacheControl = "private, no-store";
        return File(store.OpenRead(file.StoredName), file.ContentType, file.Name);
    }
}
