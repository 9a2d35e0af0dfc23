using MotCua.Domain.Calendar;
using static MotCua.Domain.Tests.Calendar.TestTime;

namespace MotCua.Domain.Tests.Calendar;

public class HolidayRulesTests
{
    private static string[] Describe(IEnumerable<SpecialDay> days) =>
        days.Select(d => $"{d.Date:yyyy-MM-dd} {d.Kind} {d.Name}").ToArray();

    [Fact]
    public void Year_2027_gives_two_compensatory_days_after_Tet_and_one_after_1_May()
    {
        string[] expected =
        [
            "2027-01-01 Holiday Tết Dương lịch",
            "2027-02-05 Holiday Tết Nguyên Đán",
            "2027-02-06 Holiday Tết Nguyên Đán",
            "2027-02-07 Holiday Tết Nguyên Đán",
            "2027-02-08 Holiday Tết Nguyên Đán",
            "2027-02-09 Holiday Tết Nguyên Đán",
            "2027-02-10 Compensatory Nghỉ bù Tết Nguyên Đán (Thứ Bảy 06/02/2027)",
            "2027-02-11 Compensatory Nghỉ bù Tết Nguyên Đán (Chủ nhật 07/02/2027)",
            "2027-04-16 Holiday Giỗ Tổ Hùng Vương",
            "2027-04-30 Holiday Ngày Chiến thắng",
            "2027-05-01 Holiday Ngày Quốc tế Lao động",
            "2027-05-03 Compensatory Nghỉ bù Ngày Quốc tế Lao động (Thứ Bảy 01/05/2027)",
            "2027-09-01 Holiday Quốc khánh",
            "2027-09-02 Holiday Quốc khánh",
        ];
        Assert.Equal(expected, Describe(HolidayRules.Generate(2027)));
    }

    [Fact]
    public void Year_2028_compensates_new_year_Tet_30_April_and_National_Day_on_weekends()
    {
        string[] expected =
        [
            "2028-01-01 Holiday Tết Dương lịch",
            "2028-01-03 Compensatory Nghỉ bù Tết Dương lịch (Thứ Bảy 01/01/2028)",
            "2028-01-25 Holiday Tết Nguyên Đán",
            "2028-01-26 Holiday Tết Nguyên Đán",
            "2028-01-27 Holiday Tết Nguyên Đán",
            "2028-01-28 Holiday Tết Nguyên Đán",
            "2028-01-29 Holiday Tết Nguyên Đán",
            "2028-01-31 Compensatory Nghỉ bù Tết Nguyên Đán (Thứ Bảy 29/01/2028)",
            "2028-04-04 Holiday Giỗ Tổ Hùng Vương",
            "2028-04-30 Holiday Ngày Chiến thắng",
            "2028-05-01 Holiday Ngày Quốc tế Lao động",
            // 30 Apr is a Sunday and Monday 1 May is itself a holiday: the compensatory day is Tuesday.
            "2028-05-02 Compensatory Nghỉ bù Ngày Chiến thắng (Chủ nhật 30/04/2028)",
            "2028-09-01 Holiday Quốc khánh",
            "2028-09-02 Holiday Quốc khánh",
            "2028-09-04 Compensatory Nghỉ bù Quốc khánh (Thứ Bảy 02/09/2028)",
        ];
        Assert.Equal(expected, Describe(HolidayRules.Generate(2028)));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2035)]
    public void Every_year_has_eleven_statutory_holidays_with_Tet_ending_on_the_4th_of_the_first_lunar_month(int year)
    {
        var holidays = HolidayRules.Holidays(year);
        Assert.Equal(11, holidays.Count);
        var tet = holidays.Where(d => d.Name == HolidayNames.LunarNewYear).Select(d => d.Date).ToList();
        Assert.Equal(VietnameseLunarCalendar.NewYear(year).AddDays(-1), tet[0]);
        Assert.Equal(new LunarDate(year, 1, 4, false), VietnameseLunarCalendar.FromSolar(tet[^1]));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2030)]
    public void A_compensatory_day_is_never_a_weekend_nor_a_holiday(int year)
    {
        var generated = HolidayRules.Generate(year);
        var holidayDates = generated.Where(d => d.Kind == SpecialDayKind.Holiday).Select(d => d.Date).ToHashSet();
        var compensatory = generated.Where(d => d.Kind == SpecialDayKind.Compensatory).ToList();
        Assert.Equal(holidayDates.Count(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday), compensatory.Count);
        Assert.All(compensatory, c =>
        {
            Assert.DoesNotContain(c.Date, holidayDates);
            Assert.InRange((int)c.Date.DayOfWeek, (int)DayOfWeek.Monday, (int)DayOfWeek.Friday);
            Assert.StartsWith("Nghỉ bù ", c.Name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Rule_for_2026_matches_the_published_schedule_apart_from_the_new_year_swap()
    {
        var published = OfficialSchedules.For(2026)!
            .Where(d => d.Kind is SpecialDayKind.Holiday or SpecialDayKind.Compensatory);
        Assert.Equal(Describe(published), Describe(HolidayRules.Generate(2026)));
    }

    [Fact]
    public void Hung_Kings_day_2026_on_a_Sunday_is_compensated_on_Monday_27_April()
    {
        var compensatory = Assert.Single(HolidayRules.Generate(2026), d => d.Kind == SpecialDayKind.Compensatory);
        Assert.Equal(Date("2026-04-27"), compensatory.Date);
        Assert.Equal("Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)", compensatory.Name);
    }
}
