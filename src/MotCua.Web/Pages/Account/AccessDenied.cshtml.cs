using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Web.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
