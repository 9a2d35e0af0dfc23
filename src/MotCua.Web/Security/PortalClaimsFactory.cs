using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MotCua.Infrastructure.Identity;

namespace MotCua.Web.Security;

/// <summary>Puts the officer's unit and display name into the cookie so each request need not load the user.</summary>
internal sealed class PortalClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(PortalClaims.UnitId, user.UnitId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PortalClaims.AccountVersion, user.ConcurrencyStamp ?? string.Empty));
        return identity;
    }
}
