namespace MotCua.Application.Administration.Officers;

/// <summary>An officer account as the administration pages show it.</summary>
public sealed record OfficerAccount(
    string Id,
    string Email,
    string DisplayName,
    int UnitId,
    string UnitName,
    IReadOnlyList<string> Roles,
    bool IsLocked);

public sealed record OfficerPage(IReadOnlyList<OfficerAccount> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// Officer accounts (tài khoản cán bộ), kept by ASP.NET Identity in the infrastructure. Every write joins the
/// current unit of work. The cookie's claims are rebuilt on every request, so a new unit or role takes effect at the
/// officer's next request; a lock or a new password renews the security stamp, which signs the officer out.
/// </summary>
public interface IOfficerAccounts
{
    Task<OfficerPage> SearchAsync(int? unitId, string? role, string? text, int page, int pageSize, CancellationToken cancellationToken);

    Task<OfficerAccount?> FindAsync(string id, CancellationToken cancellationToken);

    Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken);

    Task<int> CountInUnitAsync(int unitId, CancellationToken cancellationToken);

    /// <summary>The password policy's objections to a password, in Vietnamese; empty when it is acceptable.</summary>
    Task<IReadOnlyList<string>> CheckPasswordAsync(string password, CancellationToken cancellationToken);

    /// <summary>A random password that meets the policy.</summary>
    string GeneratePassword();

    Task<string> CreateAsync(string email, string displayName, int unitId, IReadOnlyCollection<string> roles, string password,
        CancellationToken cancellationToken);

    Task UpdateAsync(string id, string displayName, int unitId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    Task SetLockedAsync(string id, bool locked, CancellationToken cancellationToken);

    Task SetPasswordAsync(string id, string password, CancellationToken cancellationToken);
}
