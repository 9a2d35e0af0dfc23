namespace MotCua.Domain.Calendar;

/// <summary>
/// The working calendar in force: each year's published schedule if known, else the Labour Code rule, with the
/// administrators' overrides applied on top.
/// </summary>
public static class CalendarOverrides
{
    /// <summary>The special days of the year before any override: the published schedule, else the rule.</summary>
    public static IReadOnlyList<SpecialDay> BaseDays(int year) => OfficialSchedules.For(year) ?? HolidayRules.Generate(year);

    /// <summary>True when the year's base days come from a published schedule rather than the rule.</summary>
    public static bool IsOfficial(int year) => OfficialSchedules.For(year) is not null;

    /// <summary>
    /// Applies the overrides to the base days: a day off or a working Saturday replaces whatever the date held,
    /// a working day removes the date's special day (the weekday is worked as usual).
    /// </summary>
    public static IReadOnlyList<SpecialDay> Apply(IEnumerable<SpecialDay> baseDays, IEnumerable<CalendarOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(baseDays);
        ArgumentNullException.ThrowIfNull(overrides);
        var days = new Dictionary<DateOnly, SpecialDay>();
        foreach (var day in baseDays)
            days[day.Date] = day;
        foreach (var change in overrides.OrderBy(o => o.Date))
        {
            switch (change.Kind)
            {
                case CalendarOverrideKind.DayOff:
                    days[change.Date] = new SpecialDay(change.Date, SpecialDayKind.DayOff, change.Reason);
                    break;
                case CalendarOverrideKind.WorkingSaturday:
                    days[change.Date] = new SpecialDay(change.Date, SpecialDayKind.WorkingSaturday, change.Reason);
                    break;
                case CalendarOverrideKind.WorkingDay:
                    days.Remove(change.Date);
                    break;
                default:
                    throw new ArgumentException($"Unknown override kind {change.Kind}.", nameof(overrides));
            }
        }

        return days.Values.OrderBy(d => d.Date).ToList();
    }

    /// <summary>The calendar for the years, overrides of those years included.</summary>
    public static WorkingCalendar Build(int fromYear, int toYear, IEnumerable<CalendarOverride> overrides)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromYear, toYear);
        var baseDays = Enumerable.Range(fromYear, toYear - fromYear + 1).SelectMany(BaseDays);
        var inRange = overrides.Where(o => o.Date.Year >= fromYear && o.Date.Year <= toYear);
        return new WorkingCalendar(Apply(baseDays, inRange));
    }

    /// <summary>
    /// Why the override makes no sense on that date given the year's base days, in Vietnamese; null when it does.
    /// </summary>
    public static string? Check(IEnumerable<SpecialDay> baseDays, DateOnly date, CalendarOverrideKind kind)
    {
        ArgumentNullException.ThrowIfNull(baseDays);
        var special = baseDays.FirstOrDefault(d => d.Date == date);
        var weekend = HolidayRules.IsWeekend(date);
        var working = special is null ? !weekend : special.Kind == SpecialDayKind.WorkingSaturday;
        var day = $"{VietnamTime.DayName(date.DayOfWeek)} {VietnamTime.Format(date)}";
        return kind switch
        {
            CalendarOverrideKind.DayOff when !working =>
                $"{day} đã là ngày nghỉ ({special?.Name ?? VietnamTime.DayName(date.DayOfWeek)}).",
            CalendarOverrideKind.DayOff => null,
            CalendarOverrideKind.WorkingSaturday when date.DayOfWeek != DayOfWeek.Saturday =>
                $"Ngày làm bù phải là Thứ Bảy; {day} không phải Thứ Bảy.",
            CalendarOverrideKind.WorkingSaturday when working => $"{day} đã là ngày làm bù ({special?.Name}).",
            CalendarOverrideKind.WorkingSaturday => null,
            CalendarOverrideKind.WorkingDay when weekend =>
                $"{day} là ngày nghỉ hằng tuần; để làm việc vào Thứ Bảy, chọn “Làm bù Thứ Bảy”.",
            CalendarOverrideKind.WorkingDay when working => $"{day} vốn là ngày làm việc, không có ngày nghỉ để hủy.",
            CalendarOverrideKind.WorkingDay => null,
            _ => "Loại điều chỉnh không hợp lệ.",
        };
    }

    /// <summary>A new override; throws a <see cref="Common.DomainException"/> when it makes no sense on the date.</summary>
    public static CalendarOverride Create(DateOnly date, CalendarOverrideKind kind, string reason, string? userId,
        string userName, DateTimeOffset at)
    {
        if (Check(BaseDays(date.Year), date, kind) is { } problem)
            throw new Common.DomainException(problem);
        return new CalendarOverride
        {
            Date = date,
            Kind = kind,
            Reason = reason.Trim(),
            CreatedById = userId,
            CreatedBy = userName,
            CreatedAt = at,
        };
    }
}
