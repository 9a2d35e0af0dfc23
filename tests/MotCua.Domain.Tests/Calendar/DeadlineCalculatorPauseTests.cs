using MotCua.Domain.Calendar;
using static MotCua.Domain.Tests.Calendar.TestTime;

namespace MotCua.Domain.Tests.Calendar;

public class DeadlineCalculatorPauseTests
{
    private const string Supplement = "Yêu cầu bổ sung hồ sơ";

    // Received Monday 2 Mar 2026, 10 working days: legally due Monday 16 Mar.
    private static DeadlineResult Compute(IEnumerable<Pause>? pauses = null, IEnumerable<Extension>? extensions = null) =>
        DeadlineCalculator.Compute(WorkCalendar, Local(2026, 3, 2, 9, 0), new ProcessingTime(10, ProcessingUnit.WorkingDays),
            new TimeOnly(15, 0), pauses: pauses, extensions: extensions);

    private static string[] Lines(DeadlineResult result) =>
        result.Explanation.Select(e => $"{e.Date:yyyy-MM-dd} {e.Reason}").ToArray();

    [Fact]
    public void A_pause_opened_and_closed_the_same_day_shifts_nothing()
    {
        var result = Compute([new Pause(Local(2026, 3, 4, 9, 0), Local(2026, 3, 4, 16, 0), Supplement)]);
        Assert.Equal(Date("2026-03-16"), result.LegalDueDate);
        Assert.Equal(Date("2026-03-16"), result.DueDate);
        Assert.DoesNotContain(result.Explanation, e => e.Reason.StartsWith("Tạm dừng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_multi_day_pause_shifts_by_its_working_days_counting_the_resume_day()
    {
        var result = Compute([new Pause(Local(2026, 3, 4, 9, 0), Local(2026, 3, 6, 10, 0), Supplement)]);
        Assert.Equal(Date("2026-03-16"), result.LegalDueDate);
        Assert.Equal(Date("2026-03-18"), result.DueDate);
        Assert.Contains("2026-03-05 Tạm dừng: Yêu cầu bổ sung hồ sơ", Lines(result));
        Assert.Contains("2026-03-06 Tạm dừng: Yêu cầu bổ sung hồ sơ", Lines(result));
    }

    [Fact]
    public void A_pause_spanning_a_weekend_does_not_count_the_weekend()
    {
        var result = Compute([new Pause(Local(2026, 3, 5, 14, 0), Local(2026, 3, 10, 8, 0), "Thực hiện nghĩa vụ tài chính")]);
        Assert.Equal(Date("2026-03-19"), result.DueDate);
        string[] paused =
        [
            "2026-03-06 Tạm dừng: Thực hiện nghĩa vụ tài chính",
            "2026-03-07 Thứ Bảy",
            "2026-03-08 Chủ nhật",
            "2026-03-09 Tạm dừng: Thực hiện nghĩa vụ tài chính",
            "2026-03-10 Tạm dừng: Thực hiện nghĩa vụ tài chính",
        ];
        Assert.Equal(paused, Lines(result).Take(5));
    }

    [Fact]
    public void Overlapping_pauses_pause_each_working_day_once()
    {
        var result = Compute(
        [
            new Pause(Local(2026, 3, 4, 9, 0), Local(2026, 3, 6, 10, 0), Supplement),
            new Pause(Local(2026, 3, 5, 9, 0), Local(2026, 3, 9, 10, 0), "Thực hiện nghĩa vụ tài chính"),
        ]);
        Assert.Equal(Date("2026-03-19"), result.DueDate);
    }

    [Fact]
    public void Pauses_are_dated_in_Vietnam_time()
    {
        // 17:30 UTC on 3 Mar is 00:30 on 4 Mar in Hà Nội, so this is a same-day pause.
        var start = new DateTimeOffset(2026, 3, 3, 17, 30, 0, TimeSpan.Zero);
        var result = Compute([new Pause(start, Local(2026, 3, 4, 16, 0), Supplement)]);
        Assert.Equal(Date("2026-03-16"), result.DueDate);
    }

    [Fact]
    public void An_open_pause_leaves_the_due_date_but_is_explained()
    {
        var result = Compute([new Pause(Local(2026, 3, 4, 9, 0), null, Supplement)]);
        Assert.Equal(Date("2026-03-16"), result.DueDate);
        Assert.Contains("2026-03-04 Đang tạm dừng từ 04/03/2026: Yêu cầu bổ sung hồ sơ", Lines(result));
    }

    [Fact]
    public void A_pause_ending_before_it_starts_is_rejected() =>
        Assert.Throws<ArgumentException>(() => Compute([new Pause(Local(2026, 3, 5, 9, 0), Local(2026, 3, 4, 9, 0), Supplement)]));

    [Fact]
    public void An_extension_keeps_the_legal_due_date_and_is_explained()
    {
        var result = Compute(extensions: [new Extension(Date("2026-03-20"), "Cần xác minh thực địa", Local(2026, 3, 16, 10, 0))]);
        Assert.Equal(Date("2026-03-16"), result.LegalDueDate);
        Assert.Equal(Date("2026-03-16"), result.DueDate);
        Assert.Equal(Date("2026-03-20"), result.ExtendedDueDate);
        Assert.Contains("2026-03-16 Gia hạn đến 20/03/2026: Cần xác minh thực địa", Lines(result));
    }

    [Fact]
    public void The_latest_granted_extension_wins_and_all_are_explained()
    {
        var result = Compute(extensions:
        [
            new Extension(Date("2026-03-27"), "Lần hai", Local(2026, 3, 20, 9, 0)),
            new Extension(Date("2026-03-20"), "Lần một", Local(2026, 3, 16, 9, 0)),
        ]);
        Assert.Equal(Date("2026-03-27"), result.ExtendedDueDate);
        Assert.Equal(Date("2026-03-16"), result.DueDate);
        var extensionLines = Lines(result).Where(l => l.Contains("Gia hạn", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["2026-03-16 Gia hạn đến 20/03/2026: Lần một", "2026-03-20 Gia hạn đến 27/03/2026: Lần hai"], extensionLines);
    }

    [Fact]
    public void Explanation_is_sorted_by_date()
    {
        var result = Compute(
            [new Pause(Local(2026, 3, 5, 14, 0), Local(2026, 3, 10, 8, 0), Supplement)],
            [new Extension(Date("2026-03-25"), "Hẹn lại", Local(2026, 3, 12, 9, 0))]);
        var dates = result.Explanation.Select(e => e.Date).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.Equal(Date("2026-03-06"), dates[0]);
    }
}
