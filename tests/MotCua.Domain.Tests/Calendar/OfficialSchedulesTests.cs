using MotCua.Domain.Calendar;
using static MotCua.Domain.Tests.Calendar.TestTime;

namespace MotCua.Domain.Tests.Calendar;

public class OfficialSchedulesTests
{
    private static readonly WorkingCalendar Official = WorkingCalendar.ForYears(2025, 2026);

    [Fact]
    public void Tet_At_Ty_2025_is_nine_days_off_from_25_January_to_2_February()
    {
        for (var day = Date("2025-01-25"); day <= Date("2025-02-02"); day = day.AddDays(1))
            Assert.False(Official.IsWorkingDay(day), $"{day} should be a day off");
        Assert.True(Official.IsWorkingDay(Date("2025-01-24")));
        Assert.True(Official.IsWorkingDay(Date("2025-02-03")));
    }

    [Fact]
    public void Tet_At_Ty_2025_takes_its_five_days_between_two_weekends_with_no_make_up_Saturday()
    {
        for (var day = Date("2025-01-27"); day <= Date("2025-01-31"); day = day.AddDays(1))
            Assert.Equal("Tết Nguyên Đán", Official.NonWorkingReason(day));
        Assert.False(Official.IsWorkingDay(Date("2025-02-08")));
        Assert.DoesNotContain(OfficialSchedules.For(2025)!, d => d.Kind == SpecialDayKind.WorkingSaturday && d.Date.Month <= 2);
    }

    [Theory]
    [InlineData("2025-01-01", "Tết Dương lịch")]
    [InlineData("2025-01-27", "Tết Nguyên Đán")]
    [InlineData("2025-01-31", "Tết Nguyên Đán")]
    [InlineData("2025-04-07", "Giỗ Tổ Hùng Vương")]
    [InlineData("2025-04-30", "Ngày Chiến thắng")]
    [InlineData("2025-05-01", "Ngày Quốc tế Lao động")]
    [InlineData("2025-05-02", "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù Thứ Bảy 26/04/2025)")]
    [InlineData("2025-09-01", "Quốc khánh")]
    [InlineData("2025-09-02", "Quốc khánh")]
    [InlineData("2026-01-01", "Tết Dương lịch")]
    [InlineData("2026-01-02", "Nghỉ hoán đổi Tết Dương lịch (làm bù Thứ Bảy 10/01/2026)")]
    [InlineData("2026-02-16", "Tết Nguyên Đán")]
    [InlineData("2026-02-20", "Tết Nguyên Đán")]
    [InlineData("2026-04-26", "Giỗ Tổ Hùng Vương")]
    [InlineData("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)")]
    [InlineData("2026-04-30", "Ngày Chiến thắng")]
    [InlineData("2026-05-01", "Ngày Quốc tế Lao động")]
    [InlineData("2026-09-01", "Quốc khánh")]
    [InlineData("2026-09-02", "Quốc khánh")]
    public void Published_days_off_carry_their_name(string date, string reason)
    {
        Assert.False(Official.IsWorkingDay(Date(date)));
        Assert.Equal(reason, Official.NonWorkingReason(Date(date)));
    }

    [Theory]
    [InlineData("2025-04-26")]
    [InlineData("2026-01-10")]
    public void Make_up_Saturdays_are_working_days(string date) => Assert.True(Official.IsWorkingDay(Date(date)));

    [Fact]
    public void Tet_Binh_Ngo_2026_is_off_from_Saturday_14_to_Sunday_22_February()
    {
        var off = Enumerable.Range(0, 9).Select(i => Date("2026-02-14").AddDays(i)).ToList();
        Assert.All(off, day => Assert.False(Official.IsWorkingDay(day)));
        Assert.Equal(Date("2026-02-23"), Official.NextWorkingDay(Date("2026-02-13")));
    }

    [Fact]
    public void Each_swap_is_balanced_by_exactly_one_make_up_Saturday()
    {
        foreach (var year in OfficialSchedules.KnownYears)
        {
            var days = OfficialSchedules.For(year)!;
            var swappedOff = days.Where(d => d.Kind == SpecialDayKind.DayOff).ToList();
            var madeUp = days.Where(d => d.Kind == SpecialDayKind.WorkingSaturday).ToList();
            Assert.Equal(swappedOff.Count, madeUp.Count);
            Assert.All(madeUp, d => Assert.Equal(DayOfWeek.Saturday, d.Date.DayOfWeek));
            Assert.All(swappedOff, d => Assert.InRange((int)d.Date.DayOfWeek, 1, 5));
        }
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2027)]
    public void Years_without_a_published_schedule_return_null(int year) => Assert.Null(OfficialSchedules.For(year));

    [Fact]
    public void Hung_Kings_day_2025_in_the_published_schedule_agrees_with_the_lunar_calendar() =>
        Assert.Contains(OfficialSchedules.For(2025)!, d => d.Name == HolidayNames.HungKings
            && d.Date == VietnameseLunarCalendar.ToSolar(2025, 3, 10));
}
