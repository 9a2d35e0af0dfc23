using System.Globalization;
using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

internal static class TestTime
{
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, VietnamTime.Offset);

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static readonly WorkingCalendar WorkCalendar = WorkingCalendar.ForYears(2024, 2028);
}
