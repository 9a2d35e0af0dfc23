namespace MotCua.Domain.Calendar;

/// <summary>
/// Public holidays (ngày nghỉ lễ, Tết) by the rule of Labour Code 2019 Art. 112, used for years without a published
/// schedule. Tết takes its default window (last day of the lunar year and the first four of the new one) and National
/// Day its default adjacent day (1 Sep); the government may choose otherwise, which an administrator then records.
/// </summary>
public static class HolidayRules
{
    public static IReadOnlyList<SpecialDay> Generate(int year)
    {
        var holidays = Holidays(year);
        return holidays.Concat(CompensatoryDays(holidays)).OrderBy(d => d.Date).ToList();
    }

    /// <summary>The statutory holidays of the year, without compensatory days.</summary>
    public static IReadOnlyList<SpecialDay> Holidays(int year)
    {
        var tet = VietnameseLunarCalendar.NewYear(year);
        var days = new List<SpecialDay> { Holiday(new DateOnly(year, 1, 1), HolidayNames.NewYear) };
        for (var offset = -1; offset <= 3; offset++)
            days.Add(Holiday(tet.AddDays(offset), HolidayNames.LunarNewYear));
        days.Add(Holiday(VietnameseLunarCalendar.ToSolar(year, 3, 10), HolidayNames.HungKings));
        days.Add(Holiday(new DateOnly(year, 4, 30), HolidayNames.Reunification));
        days.Add(Holiday(new DateOnly(year, 5, 1), HolidayNames.Labour));
        days.Add(Holiday(new DateOnly(year, 9, 1), HolidayNames.NationalDay));
        days.Add(Holiday(new DateOnly(year, 9, 2), HolidayNames.NationalDay));
        return days.OrderBy(d => d.Date).ToList();
    }

    /// <summary>
    /// Art. 112(3): a holiday on a weekly rest day is taken on the next working day. Civil servants rest on Saturday
    /// and Sunday, and a holiday block (Tết) pushes its compensatory days past its own end.
    /// </summary>
    public static IReadOnlyList<SpecialDay> CompensatoryDays(IReadOnlyList<SpecialDay> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        var result = new List<SpecialDay>();
        foreach (var holiday in holidays.Where(h => IsWeekend(h.Date)).OrderBy(h => h.Date))
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
                day = day.AddDays(1);
            taken.Add(day);
            result.Add(new SpecialDay(day, SpecialDayKind.Compensatory, HolidayNames.Compensatory(holiday.Name, holiday.Date)));
        }

        return result;
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static SpecialDay Holiday(DateOnly date, string name) => new(date, SpecialDayKind.Holiday, name);
}
