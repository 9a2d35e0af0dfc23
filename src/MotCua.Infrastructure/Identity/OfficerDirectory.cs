using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common.Security;
using MotCua.Application.Processing;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Identity;

/// <summary>Officers of a unit read from the Identity tables.</summary>
internal sealed class OfficerDirectory(AppDbContext db, TimeProvider clock) : IOfficerDirectory
{
    public async Task<IReadOnlyList<Colleague>> ProcessingOfficersAsync(int unitId, CancellationToken cancellationToken)
    {
        string[] roles = [Roles.Specialist, Roles.Leader];
        var roleIds = await db.Roles.AsNoTracking().Where(r => roles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var officers = await db.Users.AsNoTracking()
            .Where(u => u.UnitId == unitId && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.DisplayName, u.JobTitle, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        return
        [
            .. officers.Where(o => o.LockoutEnd is null || o.LockoutEnd <= now)
                .OrderBy(o => o.DisplayName, StringComparer.Ordinal)
                .Select(o => new Colleague(o.Id, o.DisplayName, o.JobTitle)),
        ];
    }
}
