using MotCua.Domain.Calendar;
using static MotCua.Domain.Tests.Calendar.TestTime;

namespace MotCua.Domain.Tests.Calendar;

public class WorkingCalendarTests
{
    [Theory]
    [InlineData("2026-03-07", "Thứ Bảy")]
    [InlineData("2026-03-08", "Chủ nhật")]
    [InlineData("2027-02-10", "Nghỉ bù Tết Nguyên Đán (Thứ Bảy 06/02/2027)")]
    [InlineData("2028-04-04", "Giỗ Tổ Hùng Vương")]
    public void Non_working_days_say_why(string date, string reason) =>
        Assert.Equal(reason, WorkCalendar.NonWorkingReason(Date(date)));

    [Theory]
    [InlineData("2026-03-09")]
    [InlineData("2026-03-13")]
    [InlineData("2027-02-12")]
    public void Ordinary_weekdays_are_working_days(string date)
    {
        Assert.True(WorkCalendar.IsWorkingDay(Date(date)));
        Assert.Null(WorkCalendar.NonWorkingReason(Date(date)));
    }

    [Theory]
    [InlineData("2026-03-06", "2026-03-09")]
    [InlineData("2026-03-09", "2026-03-10")]
    [InlineData("2025-01-24", "2025-02-03")]
    [InlineData("2025-02-07", "2025-02-10")]
    [InlineData("2026-01-09", "2026-01-10")]
    [InlineData("2026-04-24", "2026-04-28")]
    [InlineData("2026-04-29", "2026-05-04")]
    [InlineData("2027-02-04", "2027-02-12")]
    public void Next_working_day_is_strictly_after_the_date(string date, string next) =>
        Assert.Equal(Date(next), WorkCalendar.NextWorkingDay(Date(date)));

    [Fact]
    public void Years_without_a_published_schedule_follow_the_rule()
    {
        Assert.Equal(HolidayRules.Generate(2027), WorkCalendar.SpecialDaysOf(2027));
        Assert.Equal(OfficialSchedules.For(2025), WorkCalendar.SpecialDaysOf(2025));
    }

    [Fact]
    public void A_calendar_built_from_data_uses_only_that_data()
    {
        var calendar = new WorkingCalendar(
        [
            new(Date("2030-03-05"), SpecialDayKind.DayOff, "Nghỉ hoán đổi thử"),
            new(Date("2030-03-09"), SpecialDayKind.WorkingSaturday, "Làm bù thử"),
        ]);
        Assert.False(calendar.IsWorkingDay(Date("2030-03-05")));
        Assert.True(calendar.IsWorkingDay(Date("2030-03-09")));
        Assert.False(calendar.IsWorkingDay(Date("2030-03-10")));
        Assert.True(calendar.IsWorkingDay(Date("2030-01-01")));
        Assert.Empty(calendar.SpecialDaysOf(2029));
    }

    [Fact]
    public void Two_special_days_on_one_date_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(
        [
            new(Date("2030-03-05"), SpecialDayKind.DayOff, "A"),
            new(Date("2030-03-05"), SpecialDayKind.Holiday, "B"),
        ]));

    [Fact]
    public void Adding_working_days_skips_the_whole_Tet_break()
    {
        Assert.Equal(Date("2026-02-24"), WorkCalendar.AddWorkingDays(Date("2026-02-12"), 3));
        Assert.Equal(Date("2026-02-12"), WorkCalendar.AddWorkingDays(Date("2026-02-12"), 0));
    }
}
