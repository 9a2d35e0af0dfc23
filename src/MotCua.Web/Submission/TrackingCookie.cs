using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MotCua.Web.Submission;

/// <summary>
/// After a successful lookup the code and key are kept in a short-lived, encrypted, HttpOnly cookie scoped to
/// /tra-cuu, so answering a supplement request, rating and downloading need not carry the key in a URL.
/// </summary>
public sealed class TrackingCookie(IDataProtectionProvider provider, IWebHostEnvironment environment)
{
    public const string Name = "motcua.track";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("MotCua.Tracking.Cookie.v1").ToTimeLimitedDataProtector();

    public void Set(HttpContext http, string code, string key) =>
        http.Response.Cookies.Append(Name, _protector.Protect(code + "\n" + key, Lifetime), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = !(environment.IsDevelopment() || environment.IsEnvironment("Testing")) || http.Request.IsHttps,
            Path = "/tra-cuu",
            MaxAge = Lifetime,
            IsEssential = true,
        });

    public (string Code, string Key)? Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split('\n');
            return parts.Length == 2 ? (parts[0], parts[1]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public static void Clear(HttpContext http) => http.Response.Cookies.Delete(Name, new CookieOptions { Path = "/tra-cuu" });
}
