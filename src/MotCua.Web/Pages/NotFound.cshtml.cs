using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Web.Pages;

/// <summary>
/// "Page not found" page at <c>/khong-tim-thay</c>. Always answers 404, both when visited
/// directly and when re-executed by <c>UseStatusCodePagesWithReExecute("/khong-tim-thay")</c>
/// (which keeps the original HTTP method, hence the POST handler).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class NotFoundModel : PageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public void OnPost()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
