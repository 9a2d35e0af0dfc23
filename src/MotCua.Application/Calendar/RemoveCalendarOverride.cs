using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;

namespace MotCua.Application.Calendar;

/// <summary>An administrator removes an override: the date follows the published schedule or the rule again.</summary>
public sealed record RemoveCalendarOverride(int Id) : ICommand<DateOnly>;

internal sealed class RemoveCalendarOverrideHandler(IAppDbContext db, IAuditLog audit, IWorkingCalendarCache cache)
    : ICommandHandler<RemoveCalendarOverride, DateOnly>
{
    public async ValueTask<DateOnly> Handle(RemoveCalendarOverride command, CancellationToken cancellationToken)
    {
        var change = await db.CalendarOverrides.SingleOrDefaultAsync(o => o.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Điều chỉnh này không còn (có thể đã được xóa).");
        db.CalendarOverrides.Remove(change);
        audit.Record("calendar.override.remove", change.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"{change.Kind}: {change.Reason}");
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return change.Date;
    }
}
