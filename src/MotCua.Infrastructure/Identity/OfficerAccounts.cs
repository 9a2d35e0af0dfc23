using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Administration.Officers;
using MotCua.Domain.Common;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Identity;

/// <summary>Officer accounts through ASP.NET Identity; the UserManager shares the request's DbContext and transaction.</summary>
internal sealed class OfficerAccounts(UserManager<AppUser> users, AppDbContext db) : IOfficerAccounts
{
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "@#$%&*!?";

    public async Task<OfficerPage> SearchAsync(
        int? unitId, string? role, string? text, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (unitId is { } unit)
            query = query.Where(u => u.UnitId == unit);
        if (!string.IsNullOrWhiteSpace(role))
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            query = query.Where(u => u.DisplayName.Contains(t) || u.Email!.Contains(t));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.UnitId, UnitName = u.Unit!.Name, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(cancellationToken))
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = DateTimeOffset.UtcNow;
        var items = rows.Select(r => new OfficerAccount(r.Id, r.Email ?? "", r.DisplayName, r.UnitId, r.UnitName,
            [.. roles[r.Id]], r.LockoutEnd is { } end && end > now)).ToList();
        return new OfficerPage(items, total, page, pageSize);
    }

    public async Task<OfficerAccount?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.UnitId, UnitName = u.Unit!.Name, u.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
            return null;
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == id
                           select r.Name!).ToListAsync(cancellationToken);
        return new OfficerAccount(user.Id, user.Email ?? "", user.DisplayName, user.UnitId, user.UnitName, roles,
            user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow);
    }

    public async Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email) is not null || await users.FindByNameAsync(email) is not null;

    public Task<int> CountInUnitAsync(int unitId, CancellationToken cancellationToken) =>
        db.Users.CountAsync(u => u.UnitId == unitId, cancellationToken);

    public async Task<IReadOnlyList<string>> CheckPasswordAsync(string password, CancellationToken cancellationToken)
    {
        var probe = new AppUser { DisplayName = "", UserName = "probe" };
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, probe, password);
            problems.AddRange(result.Errors.Select(e => Vietnamese(e, users.Options.Password)));
        }

        return problems;
    }

    public string GeneratePassword()
    {
        // One of each kind the policy asks for, then random characters, shuffled.
        var all = Lower + Upper + Digits + Symbols;
        var chars = new List<char>
        {
            Lower[RandomNumberGenerator.GetInt32(Lower.Length)],
            Upper[RandomNumberGenerator.GetInt32(Upper.Length)],
            Digits[RandomNumberGenerator.GetInt32(Digits.Length)],
            Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)],
        };
        while (chars.Count < 14)
            chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        var array = chars.ToArray();
        RandomNumberGenerator.Shuffle(array.AsSpan());
        return new string(array);
    }

    public async Task<string> CreateAsync(string email, string displayName, int unitId, IReadOnlyCollection<string> roles,
        string password, CancellationToken cancellationToken)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            UnitId = unitId,
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRolesAsync(user, roles));
        return user.Id;
    }

    public async Task UpdateAsync(string id, string displayName, int unitId, IReadOnlyCollection<string> roles,
        CancellationToken cancellationToken)
    {
        var user = await Load(id);
        user.DisplayName = displayName;
        user.UnitId = unitId;
        Check(await users.UpdateAsync(user));
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(roles).ToList();
        var added = roles.Except(current).ToList();
        if (removed.Count > 0)
            Check(await users.RemoveFromRolesAsync(user, removed));
        if (added.Count > 0)
            Check(await users.AddToRolesAsync(user, added));

        // The stamp stays: the officer remains signed in, and the cookie's claims are rebuilt from these rows at the
        // next request (SecurityStampValidator runs on every request). Locks and passwords renew it to sign out.
    }

    public async Task SetLockedAsync(string id, bool locked, CancellationToken cancellationToken)
    {
        var user = await Load(id);
        user.LockoutEnabled = true;
        Check(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null));
        if (!locked)
            Check(await users.ResetAccessFailedCountAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public async Task SetPasswordAsync(string id, string password, CancellationToken cancellationToken)
    {
        var user = await Load(id);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, password)); // also renews the security stamp
    }

    private async Task<AppUser> Load(string id) =>
        await users.FindByIdAsync(id) ?? throw new Application.Common.NotFoundException("Không tìm thấy cán bộ.");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DomainException("Không lưu được tài khoản: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private static string Vietnamese(IdentityError error, PasswordOptions options) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => $"Mật khẩu phải có ít nhất {options.RequiredLength} ký tự.",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "Mật khẩu phải có ít nhất một chữ số.",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "Mật khẩu phải có ít nhất một chữ thường.",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "Mật khẩu phải có ít nhất một chữ hoa.",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ @, #, !).",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => $"Mật khẩu phải có ít nhất {options.RequiredUniqueChars} ký tự khác nhau.",
        _ => "Mật khẩu không đạt yêu cầu an toàn.",
    };
}
