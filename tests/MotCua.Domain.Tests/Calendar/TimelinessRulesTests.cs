using MotCua.Domain.Calendar;
using static MotCua.Domain.Tests.Calendar.TestTime;

namespace MotCua.Domain.Tests.Calendar;

public class TimelinessRulesTests
{
    private static readonly DateOnly Due = new(2026, 3, 16);

    [Theory]
    [InlineData(15, 23, 59, Timeliness.Early)]
    [InlineData(16, 0, 0, Timeliness.OnTime)]
    [InlineData(16, 23, 59, Timeliness.OnTime)]
    [InlineData(17, 0, 0, Timeliness.Late)]
    public void Completion_is_early_before_the_due_day_on_time_on_it_and_late_after(int day, int hour, int minute, Timeliness expected) =>
        Assert.Equal(expected, TimelinessRules.Classify(Due, Local(2026, 3, day, hour, minute)));

    [Fact]
    public void Completion_is_classified_by_the_Vietnam_local_date()
    {
        // 17:30 UTC on 15 Mar is 00:30 on 16 Mar in Hà Nội: on time, not early.
        Assert.Equal(Timeliness.OnTime, TimelinessRules.Classify(Due, new DateTimeOffset(2026, 3, 15, 17, 30, 0, TimeSpan.Zero)));
        // 17:30 UTC on 16 Mar is already 17 Mar in Hà Nội: late.
        Assert.Equal(Timeliness.Late, TimelinessRules.Classify(Due, new DateTimeOffset(2026, 3, 16, 17, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(6, 17, 0, 0, Timeliness.Early)]
    [InlineData(9, 7, 30, 0, Timeliness.OnTime)]
    [InlineData(9, 16, 0, 0, Timeliness.OnTime)]
    [InlineData(9, 16, 0, 1, Timeliness.Late)]
    [InlineData(10, 8, 0, 0, Timeliness.Late)]
    public void Hour_based_completion_is_judged_against_the_due_instant(int day, int hour, int minute, int second, Timeliness expected) =>
        Assert.Equal(expected, TimelinessRules.Classify(Local(2026, 3, 9, 16, 0), Local(2026, 3, day, hour, minute, second)));

    [Theory]
    [InlineData(10, 9, PendingTimeliness.WithinTime)]
    [InlineData(16, 23, PendingTimeliness.WithinTime)]
    [InlineData(17, 0, PendingTimeliness.Overdue)]
    [InlineData(20, 12, PendingTimeliness.Overdue)]
    public void A_pending_dossier_is_within_time_through_its_due_day(int day, int hour, PendingTimeliness expected) =>
        Assert.Equal(expected, TimelinessRules.ClassifyPending(Due, Local(2026, 3, day, hour, 0)));

    [Fact]
    public void Pending_status_uses_the_Vietnam_local_date()
    {
        Assert.Equal(PendingTimeliness.WithinTime, TimelinessRules.ClassifyPending(Due, new DateTimeOffset(2026, 3, 16, 16, 59, 0, TimeSpan.Zero)));
        Assert.Equal(PendingTimeliness.Overdue, TimelinessRules.ClassifyPending(Due, new DateTimeOffset(2026, 3, 16, 17, 1, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Vietnam_time_is_seven_hours_ahead_of_UTC_all_year()
    {
        var summer = new DateTimeOffset(2026, 7, 1, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 7, 2), VietnamTime.LocalDate(summer));
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 3, 0, 0, TimeSpan.FromHours(7)), VietnamTime.ToLocal(summer));
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.ToLocal(summer).Offset);
        Assert.Equal(new TimeOnly(3, 0), VietnamTime.LocalTime(summer));
        Assert.Equal(summer, VietnamTime.At(new DateOnly(2026, 7, 2), new TimeOnly(3, 0)));
    }
}
