using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Identity;

internal sealed class OfficerNames(AppDbContext db) : IOfficerNames
{
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
}
