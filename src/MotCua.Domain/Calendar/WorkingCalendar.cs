namespace MotCua.Domain.Calendar;

/// <summary>
/// The working calendar (lịch làm việc) of state offices: Monday to Friday, minus holidays, compensatory days and
/// swapped days off, plus make-up Saturdays.
/// </summary>
public sealed class WorkingCalendar
{
    // Longer than any real run of days off (Tết with both weekends is 9-10 days): only corrupt data gets this far.
    private const int MaxConsecutiveDaysOff = 60;

    private readonly Dictionary<DateOnly, SpecialDay> _specialDays;

    public WorkingCalendar(IEnumerable<SpecialDay> specialDays)
    {
        ArgumentNullException.ThrowIfNull(specialDays);
        _specialDays = [];
        foreach (var day in specialDays)
        {
            if (!_specialDays.TryAdd(day.Date, day))
                throw new ArgumentException($"Two special days on {day.Date:yyyy-MM-dd}.", nameof(specialDays));
        }
    }

    /// <summary>Each year from the government's published schedule if known, else from the Labour Code rule.</summary>
    public static WorkingCalendar ForYears(int fromYear, int toYear)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromYear, toYear);
        var days = Enumerable.Range(fromYear, toYear - fromYear + 1)
            .SelectMany(year => OfficialSchedules.For(year) ?? HolidayRules.Generate(year));
        return new WorkingCalendar(days);
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (_specialDays.TryGetValue(date, out var special))
            return special.Kind == SpecialDayKind.WorkingSaturday;
        return !HolidayRules.IsWeekend(date);
    }

    /// <summary>Why the date is not a working day, in words for a citizen; null if it is one.</summary>
    public string? NonWorkingReason(DateOnly date)
    {
        if (IsWorkingDay(date))
            return null;
        return _specialDays.TryGetValue(date, out var special) ? special.Name : VietnamTime.DayName(date.DayOfWeek);
    }

    /// <summary>The special day on the date, if any (including a make-up Saturday, which is a working day).</summary>
    public SpecialDay? SpecialDayOn(DateOnly date) => _specialDays.GetValueOrDefault(date);

    /// <summary>The first working day strictly after the date.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var day = date;
        for (var i = 0; i < MaxConsecutiveDaysOff; i++)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
                return day;
        }

        throw new InvalidOperationException($"No working day within {MaxConsecutiveDaysOff} days after {date:yyyy-MM-dd}.");
    }

    /// <summary>The working day that is <paramref name="count"/> working days after the date (the date itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        for (var i = 0; i < count; i++)
            day = NextWorkingDay(day);
        return day;
    }

    /// <summary>Working days d with from &lt; d &lt;= to.</summary>
    public IEnumerable<DateOnly> WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
                yield return day;
        }
    }

    public IReadOnlyList<SpecialDay> SpecialDaysOf(int year) =>
        _specialDays.Values.Where(d => d.Date.Year == year).OrderBy(d => d.Date).ToList();
}
