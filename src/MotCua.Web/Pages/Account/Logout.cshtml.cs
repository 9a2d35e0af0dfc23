using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Infrastructure.Identity;

namespace MotCua.Web.Pages.Account;

/// <summary>
/// Signing out: the menu links here and this page asks once (its button has the focus, so Enter confirms). The
/// sign-out itself is a POST checked against forgery; keeping that form off the layout spares every signed-in page
/// an antiforgery token of its own.
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
