using MotCua.Application.Dashboard;

namespace MotCua.Web.Tests.Leader;

/// <summary>How a range of days splits into whole months (monthly rollups) and edge days (day rollups).</summary>
public sealed class DayRangeTests
{
    [Fact]
    public void A_range_from_inside_one_month_to_inside_another_has_the_months_between_as_whole_months()
    {
        var range = new DayRange(new DateOnly(2026, 3, 10), new DateOnly(2026, 5, 20));

        Assert.False(range.IsWholeMonths);
        Assert.Equal(new MonthRange(202603, 202605), range.Months);
        Assert.Equal(new MonthRange(202604, 202604), range.WholeMonths);
        Assert.Equal((20260310, 20260520, 20260301), (range.FromDay, range.ToDay, range.FirstMonthStartDay));
        Assert.Equal(new DayRange(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 31)), range.Within(202603));
        Assert.Equal(new DayRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)), range.Within(202604));
    }

    [Fact]
    public void Days_inside_one_month_have_no_whole_month_and_whole_months_no_edge_days()
    {
        var days = new DayRange(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 20));
        var quarter = DayRange.OfMonths(202601, 202603);

        Assert.True(days.WholeMonths.From > days.WholeMonths.To);
        Assert.True(quarter.IsWholeMonths);
        Assert.Equal(new DayRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), quarter);
        Assert.Equal(new MonthRange(202601, 202603), quarter.WholeMonths);
        Assert.True(DayRange.OfMonths(202402, 202402).To == new DateOnly(2024, 2, 29), "a leap February ends on the 29th");
    }
}
