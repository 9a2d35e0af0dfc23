using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using static MotCua.Domain.Tests.Calendar.TestTime;

namespace MotCua.Domain.Tests.Calendar;

public class CalendarOverridesTests
{
    private static CalendarOverride Change(string date, CalendarOverrideKind kind, string reason = "Quyết định của UBND tỉnh") =>
        new() { Date = Date(date), Kind = kind, Reason = reason, CreatedBy = "Quản trị" };

    [Fact]
    public void An_added_day_off_is_not_a_working_day_and_moves_the_due_date()
    {
        var calendar = CalendarOverrides.Build(2026, 2026, [Change("2026-03-10", CalendarOverrideKind.DayOff, "Nghỉ bầu cử")]);

        Assert.False(calendar.IsWorkingDay(Date("2026-03-10")));
        Assert.Equal("Nghỉ bầu cử", calendar.NonWorkingReason(Date("2026-03-10")));
        Assert.Equal(Date("2026-03-12"), calendar.AddWorkingDays(Date("2026-03-09"), 2));
    }

    [Fact]
    public void Cancelling_a_holiday_makes_it_an_ordinary_working_day()
    {
        var calendar = CalendarOverrides.Build(2026, 2026, [Change("2026-09-01", CalendarOverrideKind.WorkingDay)]);

        Assert.True(calendar.IsWorkingDay(Date("2026-09-01")));
        Assert.Null(calendar.SpecialDayOn(Date("2026-09-01")));
        Assert.False(calendar.IsWorkingDay(Date("2026-09-02")));
    }

    [Fact]
    public void An_added_working_saturday_is_worked()
    {
        var calendar = CalendarOverrides.Build(2026, 2026, [Change("2026-03-14", CalendarOverrideKind.WorkingSaturday, "Làm bù")]);

        Assert.True(calendar.IsWorkingDay(Date("2026-03-14")));
        Assert.Equal(Date("2026-03-14"), calendar.NextWorkingDay(Date("2026-03-13")));
    }

    [Fact]
    public void A_day_off_on_a_published_make_up_saturday_replaces_it()
    {
        var days = CalendarOverrides.Apply(CalendarOverrides.BaseDays(2026), [Change("2026-01-10", CalendarOverrideKind.DayOff, "Hủy làm bù")]);

        var day = Assert.Single(days, d => d.Date == Date("2026-01-10"));
        Assert.Equal(SpecialDayKind.DayOff, day.Kind);
        Assert.Equal("Hủy làm bù", day.Name);
    }

    [Fact]
    public void Overrides_outside_the_built_years_are_ignored()
    {
        var calendar = CalendarOverrides.Build(2026, 2026, [Change("2027-03-10", CalendarOverrideKind.DayOff)]);

        Assert.True(calendar.IsWorkingDay(Date("2027-03-10")));
    }

    [Fact]
    public void Without_overrides_the_base_days_are_the_published_schedule_or_the_rule()
    {
        Assert.Equal(OfficialSchedules.For(2026), CalendarOverrides.Apply(CalendarOverrides.BaseDays(2026), []));
        Assert.Equal(HolidayRules.Generate(2028), CalendarOverrides.BaseDays(2028));
        Assert.True(CalendarOverrides.IsOfficial(2026));
        Assert.False(CalendarOverrides.IsOfficial(2028));
    }

    [Theory]
    [InlineData("2026-03-10", CalendarOverrideKind.DayOff, null)]
    [InlineData("2026-03-14", CalendarOverrideKind.DayOff, "Thứ Bảy 14/03/2026 đã là ngày nghỉ (Thứ Bảy).")]
    [InlineData("2026-02-17", CalendarOverrideKind.DayOff, "Thứ Ba 17/02/2026 đã là ngày nghỉ (Tết Nguyên Đán).")]
    [InlineData("2026-03-14", CalendarOverrideKind.WorkingSaturday, null)]
    [InlineData("2026-03-13", CalendarOverrideKind.WorkingSaturday, "Ngày làm bù phải là Thứ Bảy; Thứ Sáu 13/03/2026 không phải Thứ Bảy.")]
    [InlineData("2026-09-01", CalendarOverrideKind.WorkingDay, null)]
    [InlineData("2026-03-10", CalendarOverrideKind.WorkingDay, "Thứ Ba 10/03/2026 vốn là ngày làm việc, không có ngày nghỉ để hủy.")]
    public void Check_explains_an_override_that_makes_no_sense(string date, CalendarOverrideKind kind, string? problem) =>
        Assert.Equal(problem, CalendarOverrides.Check(CalendarOverrides.BaseDays(2026), Date(date), kind));

    [Fact]
    public void Creating_a_senseless_override_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => CalendarOverrides.Create(
            Date("2026-01-10"), CalendarOverrideKind.WorkingSaturday, "x", null, "Quản trị", DateTimeOffset.UnixEpoch));
        Assert.Contains("đã là ngày làm bù", error.Message, StringComparison.Ordinal);
    }
}
