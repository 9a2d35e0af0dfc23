using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MotCua.Application.Common.Security;
using MotCua.Infrastructure.Identity;
using MotCua.Web.Security;

namespace MotCua.Web.Hosting;

internal static class SecuritySetup
{
    public const string OfficerPolicy = "Officer";
    public const string LookupRateLimit = "lookup";
    public const string LoginRateLimit = "login";

    public static WebApplicationBuilder AddPortalSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Production cookies travel over HTTPS only; development, tests and the loopback benchmark use plain HTTP.
        var secure = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        // Cookies, TempData and the encrypted pending-upload lists must survive a restart: keep the keys with the data.
        var keys = builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(builder.Environment.ContentRootPath, "App_Data", "keys");
        services.AddDataProtection().SetApplicationName("MotCua").PersistKeysToFileSystem(new DirectoryInfo(keys));

        services.AddScoped<IUserClaimsPrincipalFactory<AppUser>, PortalClaimsFactory>();
        // Every request re-checks the security stamp, and rebuilds the claims when the account changed, so an
        // administrator's change of an officer's unit or roles, a lock or a password reset takes effect at the
        // officer's next request.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<ISecurityStampValidator, PortalSecurityStampValidator>();
        services.AddScoped<AccountChangeValidator>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            o.LogoutPath = "/dang-xuat";
            o.AccessDeniedPath = "/khong-co-quyen";
            o.Cookie.Name = "motcua.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secure;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "motcua.af";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(OfficerPolicy, p => p.RequireRole(Roles.All.ToArray()))
            .AddPolicy(Roles.Reception, p => p.RequireRole(Roles.Reception))
            .AddPolicy(Roles.Specialist, p => p.RequireRole(Roles.Specialist, Roles.Leader))
            .AddPolicy(Roles.Leader, p => p.RequireRole(Roles.Leader))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));

        // Per client address and minute. Configurable so a load test from one address can raise them
        // (RateLimits__LookupPerMinute); the defaults are what the public portal runs with.
        var lookupPerMinute = builder.Configuration.GetValue("RateLimits:LookupPerMinute", 20);
        var loginPerMinute = builder.Configuration.GetValue("RateLimits:LoginPerMinute", 30);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(LookupRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(ctx), _ => new FixedWindowRateLimiterOptions { PermitLimit = lookupPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(LoginRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(ctx), _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return builder;
    }

    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>APIs answer 401/403; pages redirect to the login or access-denied page.</summary>
    private static Task ApiAwareRedirect(
        Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context,
        int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
