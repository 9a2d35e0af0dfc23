using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using MotCua.Application.Common.Security;

namespace MotCua.Infrastructure.Security;

/// <summary>ASP.NET Core data protection with an expiry embedded in the payload.</summary>
internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("MotCua.Secrets.v1").ToTimeLimitedDataProtector();

    public string Protect(string secret, TimeSpan lifetime) => _protector.Protect(secret, lifetime);

    public string? Unprotect(string protectedSecret)
    {
        try
        {
            return _protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
