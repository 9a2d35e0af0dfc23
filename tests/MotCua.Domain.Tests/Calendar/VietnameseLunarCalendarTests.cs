using System.Globalization;
using MotCua.Domain.Calendar;
using static MotCua.Domain.Tests.Calendar.TestTime;

namespace MotCua.Domain.Tests.Calendar;

public class VietnameseLunarCalendarTests
{
    [Fact]
    public void Tet_2007_falls_on_17_February_in_Vietnam_not_18()
    {
        Assert.Equal(new DateOnly(2007, 2, 17), VietnameseLunarCalendar.ToSolar(2007, 1, 1));

        // The reason the Chinese calendar must not be used: at UTC+8 the new moon falls a day later.
        var chinese = new ChineseLunisolarCalendar().ToDateTime(2007, 1, 1, 0, 0, 0, 0);
        Assert.Equal(new DateTime(2007, 2, 18), chinese);
    }

    [Fact]
    public void Tet_1985_came_a_month_earlier_in_Vietnam_than_in_China()
    {
        Assert.Equal(new DateOnly(1985, 1, 21), VietnameseLunarCalendar.ToSolar(1985, 1, 1));
        Assert.Equal(new DateTime(1985, 2, 20), new ChineseLunisolarCalendar().ToDateTime(1985, 1, 1, 0, 0, 0, 0));
    }

    [Theory]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    public void Lunar_new_year_falls_on_the_known_date(int lunarYear, string tet)
    {
        Assert.Equal(Date(tet), VietnameseLunarCalendar.NewYear(lunarYear));
        Assert.Equal(new LunarDate(lunarYear, 1, 1, false), VietnameseLunarCalendar.FromSolar(Date(tet)));
    }

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    [InlineData(2028, "2028-04-04")]
    public void Hung_Kings_day_is_the_10th_of_the_3rd_lunar_month(int lunarYear, string expected) =>
        Assert.Equal(Date(expected), VietnameseLunarCalendar.ToSolar(lunarYear, 3, 10));

    [Fact]
    public void Year_2025_has_a_leap_sixth_month_starting_25_July()
    {
        Assert.Equal(new DateOnly(2025, 6, 25), VietnameseLunarCalendar.ToSolar(2025, 6, 1));
        Assert.Equal(new DateOnly(2025, 7, 25), VietnameseLunarCalendar.ToSolar(2025, 6, 1, isLeapMonth: true));
        Assert.Equal(new LunarDate(2025, 6, 15, true), VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 8, 8)));
        Assert.Equal(new DateOnly(2025, 8, 23), VietnameseLunarCalendar.ToSolar(2025, 7, 1));
    }

    [Fact]
    public void Last_day_of_the_year_At_Ty_is_the_29th_of_the_12th_month()
    {
        Assert.Equal(new LunarDate(2025, 12, 29, false), VietnameseLunarCalendar.FromSolar(new DateOnly(2026, 2, 16)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2025, 12, 30));
    }

    [Fact]
    public void Late_solar_december_belongs_to_the_previous_lunar_year()
    {
        // 1 Jan 2026 is still in the year Ất Tỵ (2025), month 11.
        Assert.Equal(new LunarDate(2025, 11, 13, false), VietnameseLunarCalendar.FromSolar(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void A_leap_month_that_does_not_exist_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(2025, 7, 1, isLeapMonth: true));
        Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(2026, 6, 1, isLeapMonth: true));
    }

    [Fact]
    public void Every_supported_day_converts_back_and_forth_and_advances_by_one_lunar_day()
    {
        var previous = VietnameseLunarCalendar.FromSolar(new DateOnly(1900, 2, 28));
        for (var day = new DateOnly(1900, 3, 1); day <= new DateOnly(2199, 12, 31); day = day.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(day);
            Assert.True(lunar.Day >= 1, $"{day}: {lunar}");
            Assert.Equal(day, VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
            if (lunar.Day == 1)
                Assert.True(previous.Day is 29 or 30, $"{day}: month before ended on day {previous.Day}");
            else
                Assert.Equal(previous.Day + 1, lunar.Day);
            previous = lunar;
        }
    }
}
