using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MotCua.Infrastructure.Identity;

namespace MotCua.Web.Security;

/// <summary>
/// Checks the officer's security stamp on every request (a lock or a password reset signs them out at once), but
/// rebuilds the claims and re-issues the cookie only when the account changed since they were built (unit, roles or
/// name: the row's concurrency stamp moves with each of them). An unchanged account costs one indexed read per
/// request instead of five reads and a new cookie.
/// </summary>
internal sealed class PortalSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<AppUser> signInManager, ILoggerFactory logger)
    : SecurityStampValidator<AppUser>(options, signInManager, logger)
{
    protected override Task SecurityStampVerified(AppUser user, CookieValidatePrincipalContext context)
    {
        var built = context.Principal?.FindFirst(PortalClaims.AccountVersion)?.Value;
        return built is not null && built == user.ConcurrencyStamp
            ? Task.CompletedTask
            : base.SecurityStampVerified(user, context);
    }
}
