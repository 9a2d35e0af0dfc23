using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Domain.Auditing;

namespace MotCua.Infrastructure.Persistence;

internal sealed class AuditLog(AppDbContext db, ICurrentUser user, TimeProvider clock) : IAuditLog
{
    public void Record(string action, string? subject = null, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = user.UserId,
            UserName = user.DisplayName ?? "Công dân",
            Action = action,
            Subject = subject,
            Detail = detail,
        });

    public async Task RecordNowAsync(
        string action, string userName, string? userId, string? detail, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = userId,
            UserName = userName,
            Action = action,
            Detail = detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
