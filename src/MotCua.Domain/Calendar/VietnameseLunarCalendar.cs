namespace MotCua.Domain.Calendar;

/// <summary>A date in the Vietnamese lunar calendar (âm lịch).</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth);

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), after Hồ Ngọc Đức's astronomical algorithm: new moons and solar terms
/// computed at UTC+7. ChineseLunisolarCalendar is deliberately not used: at UTC+8 a new moon shortly before midnight
/// in Hà Nội falls on the next day in Beijing, so Tết 2007 is 17 Feb in Vietnam but 18 Feb in China.
/// </summary>
public static class VietnameseLunarCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    private const double TimeZone = 7.0;
    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695;

    // Julian day number of 0001-01-01 (proleptic Gregorian), so jd = DayNumber + offset.
    private const int JulianDayOffset = 1721426;

    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth = false)
    {
        if (lunarYear is < MinYear or > MaxYear)
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"Supported years are {MinYear}-{MaxYear}.");
        if (lunarMonth is < 1 or > 12)
            throw new ArgumentOutOfRangeException(nameof(lunarMonth), lunarMonth, "Lunar month is 1-12.");
        if (lunarDay is < 1 or > 30)
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay, "Lunar day is 1-30.");

        int a11, b11;
        if (lunarMonth < 11)
        {
            a11 = LunarMonth11(lunarYear - 1);
            b11 = LunarMonth11(lunarYear);
        }
        else
        {
            a11 = LunarMonth11(lunarYear);
            b11 = LunarMonth11(lunarYear + 1);
        }

        var k = (int)Math.Floor(0.5 + ((a11 - NewMoonEpoch) / SynodicMonth));
        var off = lunarMonth - 11;
        if (off < 0)
            off += 12;

        if (b11 - a11 > 365)
        {
            var leapOff = LeapMonthOffset(a11);
            var leapMonth = leapOff - 2;
            if (leapMonth < 0)
                leapMonth += 12;
            if (isLeapMonth && lunarMonth != leapMonth)
                throw new ArgumentException($"Lunar year {lunarYear} has no leap month {lunarMonth}.", nameof(isLeapMonth));
            if (isLeapMonth || off >= leapOff)
                off++;
        }
        else if (isLeapMonth)
        {
            throw new ArgumentException($"Lunar year {lunarYear} has no leap month.", nameof(isLeapMonth));
        }

        var monthStart = NewMoonDay(k + off);
        var result = FromJulianDay(monthStart + lunarDay - 1);

        // A 29-day month has no day 30: reject rather than silently return the next month's first day.
        if (FromSolar(result) != new LunarDate(lunarYear, lunarMonth, lunarDay, isLeapMonth))
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay, $"Lunar month {lunarMonth}/{lunarYear} has no day {lunarDay}.");
        return result;
    }

    public static LunarDate FromSolar(DateOnly date)
    {
        if (date.Year is < MinYear or > MaxYear)
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Supported years are {MinYear}-{MaxYear}.");

        var dayNumber = date.DayNumber + JulianDayOffset;
        var k = (int)Math.Floor((dayNumber - NewMoonEpoch) / SynodicMonth);
        // k comes from the mean lunation; the true new moon can be more than half a day off it (e.g. 5 Jul 2054),
        // so step back until the month starts on or before the day instead of trusting one correction.
        var monthStart = NewMoonDay(k + 1);
        while (monthStart > dayNumber)
            monthStart = NewMoonDay(k--);

        var a11 = LunarMonth11(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarMonth11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarMonth11(date.Year + 1);
        }

        var lunarDay = dayNumber - monthStart + 1;
        var diff = (monthStart - a11) / 29;
        var isLeap = false;
        var lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapMonthDiff = LeapMonthOffset(a11);
            if (diff >= leapMonthDiff)
            {
                lunarMonth = diff + 10;
                isLeap = diff == leapMonthDiff;
            }
        }

        if (lunarMonth > 12)
            lunarMonth -= 12;
        if (lunarMonth >= 11 && diff < 4)
            lunarYear--;
        return new LunarDate(lunarYear, lunarMonth, lunarDay, isLeap);
    }

    /// <summary>The first day of the lunar new year (mùng 1 Tết) of the given lunar year.</summary>
    public static DateOnly NewYear(int lunarYear) => ToSolar(lunarYear, 1, 1);

    private static DateOnly FromJulianDay(int jd) => DateOnly.FromDayNumber(jd - JulianDayOffset);

    private static int NewMoonDay(int k) => (int)Math.Floor(Astronomy.NewMoon(k) + 0.5 + (TimeZone / 24));

    // Sector (0-11) of the sun's longitude at local midnight starting the given day; sector 9 holds the winter solstice.
    private static int SunLongitudeSector(int dayNumber) =>
        (int)Math.Floor(Astronomy.SunLongitude(dayNumber - 0.5 - (TimeZone / 24)) / Math.PI * 6);

    // Month 11 always contains the winter solstice: it anchors every lunar year.
    private static int LunarMonth11(int year)
    {
        var off = new DateOnly(year, 12, 31).DayNumber + JulianDayOffset - 2415021;
        var k = (int)Math.Floor(off / SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SunLongitudeSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    // The leap month is the first month after month 11 that contains no major solar term.
    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor(((a11 - NewMoonEpoch) / SynodicMonth) + 0.5);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
