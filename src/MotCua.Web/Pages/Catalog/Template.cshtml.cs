using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Catalog;
using MotCua.Application.Common.Files;

namespace MotCua.Web.Pages.Catalog;

/// <summary>
/// The form template of a procedure paper (mẫu đơn, tờ khai), always as a download under its original name; 404 when
/// the paper has none or its procedure is not active.
/// </summary>
[AllowAnonymous]
public sealed class TemplateModel(IMediator mediator, IFileStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int paperId, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetPaperTemplate(paperId), cancellationToken) is not { } template)
        {
            return NotFound();
        }

        Stream content;
        try
        {
            content = store.OpenRead(template.StoredName);
        }
        catch (IOException)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "public, max-age=300";
        return File(content, template.ContentType, template.FileName);
    }
}
