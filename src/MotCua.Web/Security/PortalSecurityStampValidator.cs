using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Infrastructure.Identity;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Web.Security;

/// <summary>
/// Checks the officer's security stamp on every request (a lock or a password reset signs them out at once), but
/// rebuilds the claims and re-issues the cookie only when the account changed since they were built (unit, roles or
/// name: the row's concurrency stamp moves with each of them). An unchanged account costs one read of the two stamps
/// (a compiled query, nothing tracked) and nothing else: Identity's sign-in services are built only for
/// <see cref="AccountChangeValidator"/>, which signs out or rebuilds.
/// </summary>
internal sealed class PortalSecurityStampValidator(AppDbContext db, IOptions<IdentityOptions> identity, IServiceProvider services)
    : ISecurityStampValidator
{
    private static readonly Func<AppDbContext, string, Task<Stamps?>> StampsOf = EF.CompileAsyncQuery(
        (AppDbContext context, string id) => context.Users.Where(u => u.Id == id)
            .Select(u => new Stamps(u.SecurityStamp, u.ConcurrencyStamp))
            .FirstOrDefault());

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var claims = identity.Value.ClaimsIdentity;
        if (principal?.FindFirstValue(claims.UserIdClaimType) is { } userId && await StampsOf(db, userId) is { } stamps
            && stamps.Security is not null && stamps.Security == principal.FindFirstValue(claims.SecurityStampClaimType)
            && stamps.Account == principal.FindFirstValue(PortalClaims.AccountVersion))
        {
            return;
        }

        await services.GetRequiredService<AccountChangeValidator>().ValidateAsync(context);
    }

    private sealed record Stamps(string? Security, string? Account);
}

/// <summary>
/// Identity's own check, for a cookie whose stamps no longer match the account: a changed security stamp signs out;
/// a changed account (same security stamp) rebuilds the claims only if they were built before the change.
/// </summary>
internal sealed class AccountChangeValidator(
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
