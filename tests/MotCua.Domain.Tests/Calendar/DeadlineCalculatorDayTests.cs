using MotCua.Domain.Calendar;
using static MotCua.Domain.Tests.Calendar.TestTime;

namespace MotCua.Domain.Tests.Calendar;

public class DeadlineCalculatorDayTests
{
    private static readonly TimeOnly Cutoff = new(15, 0);

    private static DeadlineResult Days(DateTimeOffset receivedAt, int days, TimeOnly? cutoff = null) =>
        DeadlineCalculator.Compute(WorkCalendar, receivedAt, new ProcessingTime(days, ProcessingUnit.WorkingDays), cutoff);

    private static string[] Lines(DeadlineResult result) =>
        result.Explanation.Select(e => $"{e.Date:yyyy-MM-dd} {e.Reason}").ToArray();

    [Fact]
    public void Due_date_is_the_Nth_working_day_after_the_receipt_day()
    {
        var result = Days(Local(2026, 3, 10, 9, 0), 3);
        Assert.Equal(Date("2026-03-10"), result.EffectiveFrom);
        Assert.Equal(Date("2026-03-13"), result.LegalDueDate);
        Assert.Equal(Date("2026-03-13"), result.DueDate);
        Assert.Null(result.DueAt);
        Assert.Null(result.ExtendedDueDate);
        Assert.Empty(result.Explanation);
    }

    [Theory]
    [InlineData(14, 59, "2026-03-10", "2026-03-13")]
    [InlineData(15, 0, "2026-03-10", "2026-03-13")]
    [InlineData(15, 1, "2026-03-11", "2026-03-16")]
    public void Receipt_after_the_15_00_cutoff_counts_from_the_next_working_day(int hour, int minute, string effective, string due)
    {
        var result = Days(Local(2026, 3, 10, hour, minute), 3, Cutoff);
        Assert.Equal(Date(effective), result.EffectiveFrom);
        Assert.Equal(Date(due), result.DueDate);
    }

    [Fact]
    public void Cutoff_entry_names_the_day_counting_starts()
    {
        var result = Days(Local(2026, 3, 10, 15, 1), 3, Cutoff);
        Assert.Equal("2026-03-10 Nhận sau 15:00: tính từ ngày làm việc tiếp theo (Thứ Tư 11/03/2026)", Lines(result)[0]);
    }

    [Fact]
    public void Receipt_time_is_read_in_Vietnam_time_whatever_the_offset_it_arrives_with()
    {
        // 08:01 UTC is 15:01 in Hà Nội: after the cut-off.
        var late = Days(new DateTimeOffset(2026, 3, 10, 8, 1, 0, TimeSpan.Zero), 3, Cutoff);
        Assert.Equal(Date("2026-03-11"), late.EffectiveFrom);

        // 20:00 UTC on Monday is 03:00 Tuesday in Hà Nội.
        var overnight = Days(new DateTimeOffset(2026, 3, 9, 20, 0, 0, TimeSpan.Zero), 3, Cutoff);
        Assert.Equal(Date("2026-03-10"), overnight.EffectiveFrom);
    }

    [Fact]
    public void Without_a_cutoff_a_late_evening_receipt_counts_from_that_day() =>
        Assert.Equal(Date("2026-03-10"), Days(Local(2026, 3, 10, 22, 0), 3).EffectiveFrom);

    [Fact]
    public void Receipt_on_Saturday_counts_from_Monday()
    {
        var result = Days(Local(2026, 3, 7, 10, 0), 2);
        Assert.Equal(Date("2026-03-09"), result.EffectiveFrom);
        Assert.Equal(Date("2026-03-11"), result.DueDate);
        Assert.Equal(
            ["2026-03-07 Nhận vào ngày nghỉ (Thứ Bảy): tính từ ngày làm việc tiếp theo (Thứ Hai 09/03/2026)", "2026-03-08 Chủ nhật"],
            Lines(result));
    }

    [Fact]
    public void Receipt_on_a_compensatory_day_off_explains_the_holidays_it_crosses()
    {
        var result = Days(Local(2026, 4, 27, 9, 0), 3);
        Assert.Equal(Date("2026-04-28"), result.EffectiveFrom);
        Assert.Equal(Date("2026-05-05"), result.DueDate);
        string[] expected =
        [
            "2026-04-27 Nhận vào ngày nghỉ (Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)): tính từ ngày làm việc tiếp theo (Thứ Ba 28/04/2026)",
            "2026-04-30 Ngày Chiến thắng",
            "2026-05-01 Ngày Quốc tế Lao động",
            "2026-05-02 Thứ Bảy",
            "2026-05-03 Chủ nhật",
        ];
        Assert.Equal(expected, Lines(result));
    }

    [Fact]
    public void Due_date_crosses_Tet_Binh_Ngo_2026_and_each_skipped_day_is_explained()
    {
        var result = Days(Local(2026, 2, 12, 9, 0), 5);
        Assert.Equal(Date("2026-02-26"), result.DueDate);
        string[] expected =
        [
            "2026-02-14 Thứ Bảy",
            "2026-02-15 Chủ nhật",
            "2026-02-16 Tết Nguyên Đán",
            "2026-02-17 Tết Nguyên Đán",
            "2026-02-18 Tết Nguyên Đán",
            "2026-02-19 Tết Nguyên Đán",
            "2026-02-20 Tết Nguyên Đán",
            "2026-02-21 Thứ Bảy",
            "2026-02-22 Chủ nhật",
        ];
        Assert.Equal(expected, Lines(result));
    }

    [Fact]
    public void A_receipt_after_the_cutoff_before_Tet_explains_the_days_off_before_counting_starts()
    {
        var result = Days(Local(2026, 2, 13, 15, 30), 3, Cutoff);
        Assert.Equal(Date("2026-02-23"), result.EffectiveFrom);
        Assert.Equal(Date("2026-02-26"), result.DueDate);
        Assert.Equal("2026-02-13 Nhận sau 15:00: tính từ ngày làm việc tiếp theo (Thứ Hai 23/02/2026)", Lines(result)[0]);
        Assert.Contains("2026-02-16 Tết Nguyên Đán", Lines(result));
        Assert.Equal(10, result.Explanation.Count);
    }

    [Fact]
    public void Due_date_crosses_Tet_At_Ty_2025_and_explains_each_day_off()
    {
        var result = Days(Local(2025, 1, 24, 10, 0), 3);
        Assert.Equal(Date("2025-02-05"), result.DueDate);
        Assert.Contains("2025-01-27 Tết Nguyên Đán", Lines(result));
        Assert.Equal(9, result.Explanation.Count);
    }

    [Fact]
    public void A_make_up_Saturday_is_counted_and_explained()
    {
        var result = Days(Local(2026, 1, 8, 10, 0), 2);
        Assert.Equal(Date("2026-01-10"), result.DueDate);
        Assert.Contains("2026-01-10 Làm bù cho Thứ Sáu 02/01/2026 (Tết Dương lịch)", Lines(result));
    }

    [Fact]
    public void Cutoff_pushes_a_2026_dossier_onto_the_make_up_Saturday()
    {
        Assert.Equal(Date("2026-01-09"), Days(Local(2026, 1, 6, 14, 59), 3, Cutoff).DueDate);
        Assert.Equal(Date("2026-01-10"), Days(Local(2026, 1, 6, 15, 1), 3, Cutoff).DueDate);
    }

    [Fact]
    public void Zero_days_is_due_on_the_effective_day() =>
        Assert.Equal(Date("2026-03-09"), Days(Local(2026, 3, 6, 16, 0), 0, Cutoff).DueDate);

    [Fact]
    public void Negative_processing_time_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Days(Local(2026, 3, 10, 9, 0), -1));
}
