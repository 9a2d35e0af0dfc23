namespace MotCua.Application.Common.Security;

/// <summary>
/// Encrypts a short secret for a limited time (keys managed by the host), so that a secret the system must hand
/// back later — the tracking key of an idempotent replay — is never stored in clear.
/// </summary>
public interface ISecretProtector
{
    string Protect(string secret, TimeSpan lifetime);

    /// <summary>Null when the value was tampered with or has expired.</summary>
    string? Unprotect(string protectedSecret);
}
