using MotCua.Domain.Calendar;

namespace MotCua.Application.Common;

/// <summary>The working calendar in force: holiday rules and official schedules plus the administrators' overrides.</summary>
public interface IWorkingCalendarProvider
{
    ValueTask<WorkingCalendar> GetAsync(CancellationToken cancellationToken = default);
}
