using System.Globalization;
using System.Security.Claims;
using MotCua.Application.Common.Security;

namespace MotCua.Web.Security;

/// <summary>The signed-in officer, read from the cookie's claims (unit and display name are added at sign-in).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? DisplayName => Principal?.FindFirstValue(PortalClaims.DisplayName) ?? Principal?.Identity?.Name;

    public int? UnitId => int.TryParse(Principal?.FindFirstValue(PortalClaims.UnitId), CultureInfo.InvariantCulture, out var id)
        ? id
        : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;
}

internal static class PortalClaims
{
    public const string DisplayName = "display_name";
    public const string UnitId = "unit_id";

    /// <summary>The account row's concurrency stamp when the claims were built: renewed by every change of the row or its roles.</summary>
    public const string AccountVersion = "account_version";
}
