using MotCua.Application.Common;
using MotCua.Domain.Calendar;

namespace MotCua.Infrastructure.Persistence;

/// <summary>For now the rules and published schedules only; administrators' overrides are not stored yet.</summary>
internal sealed class WorkingCalendarProvider(TimeProvider clock) : IWorkingCalendarProvider
{
    public ValueTask<WorkingCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        var year = clock.GetUtcNow().Year;
        return ValueTask.FromResult(WorkingCalendar.ForYears(year - 3, year + 3));
    }
}
