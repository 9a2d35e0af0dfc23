using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Infrastructure.Identity;
using MotCua.Web.Hosting;

namespace MotCua.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.LoginRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, IAuditLog audit) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            await audit.RecordNowAsync("login.failed", "(không rõ)", null, "Tài khoản không tồn tại", cancellationToken);
            return Fail("Email hoặc mật khẩu không đúng.");
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordNowAsync("login.succeeded", user.DisplayName, user.Id, null, cancellationToken);
            return LocalRedirect(await StartPageAsync(user));
        }

        if (result.IsLockedOut)
        {
            await audit.RecordNowAsync("login.lockedout", user.DisplayName, user.Id, null, cancellationToken);
            return Fail("Tài khoản tạm khóa do đăng nhập sai quá 5 lần. Vui lòng thử lại sau 15 phút.");
        }

        await audit.RecordNowAsync("login.failed", user.DisplayName, user.Id, "Sai mật khẩu", cancellationToken);
        return Fail("Email hoặc mật khẩu không đúng.");
    }

    private PageResult Fail(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    private async Task<string> StartPageAsync(AppUser user)
    {
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return ReturnUrl;
        }

        var roles = await signIn.UserManager.GetRolesAsync(user);
        return roles.Contains(Roles.Admin) ? "/quan-tri"
            : roles.Contains(Roles.Leader) ? "/lanh-dao"
            : "/can-bo";
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Vui lòng nhập email.")]
        [EmailAddress(ErrorMessage = "Email không đúng định dạng.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Ghi nhớ đăng nhập")]
        public bool RememberMe { get; set; }
    }
}
