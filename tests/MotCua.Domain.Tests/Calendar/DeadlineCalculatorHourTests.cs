using MotCua.Domain.Calendar;
using static MotCua.Domain.Tests.Calendar.TestTime;

namespace MotCua.Domain.Tests.Calendar;

public class DeadlineCalculatorHourTests
{
    private static DeadlineResult Hours(DateTimeOffset receivedAt, int hours, TimeOnly? cutoff = null,
        IEnumerable<Pause>? pauses = null, OfficeHours? officeHours = null) =>
        DeadlineCalculator.Compute(WorkCalendar, receivedAt, new ProcessingTime(hours, ProcessingUnit.WorkingHours),
            cutoff, officeHours, pauses);

    [Fact]
    public void Eight_working_hours_received_at_16_00_on_Friday_are_due_at_16_00_on_Monday()
    {
        var result = Hours(Local(2026, 3, 6, 16, 0), 8);
        Assert.Equal(Local(2026, 3, 9, 16, 0), result.DueAt);
        Assert.Equal(VietnamTime.Offset, result.DueAt!.Value.Offset);
        Assert.Equal(Date("2026-03-06"), result.EffectiveFrom);
        Assert.Equal(Date("2026-03-09"), result.DueDate);
        Assert.Equal(Date("2026-03-09"), result.LegalDueDate);
    }

    [Theory]
    [InlineData(6, 0, 4, 11, 30)]
    [InlineData(11, 0, 4, 16, 30)]
    [InlineData(12, 0, 4, 17, 0)]
    [InlineData(9, 0, 1, 10, 0)]
    public void Working_hours_skip_the_lunch_break_and_time_before_opening(int hour, int minute, int amount, int dueHour, int dueMinute) =>
        Assert.Equal(Local(2026, 3, 10, dueHour, dueMinute), Hours(Local(2026, 3, 10, hour, minute), amount).DueAt);

    [Fact]
    public void Receipt_after_closing_counts_from_next_morning_opening()
    {
        var result = Hours(Local(2026, 3, 6, 18, 0), 8);
        Assert.Equal(Date("2026-03-09"), result.EffectiveFrom);
        Assert.Equal(Local(2026, 3, 9, 17, 0), result.DueAt);
        Assert.Equal("Nhận ngoài giờ hành chính: tính từ 07:30 Thứ Hai 09/03/2026", result.Explanation[0].Reason);
    }

    [Fact]
    public void A_cutoff_also_applies_to_hour_based_procedures()
    {
        var result = Hours(Local(2026, 3, 10, 15, 30), 2, new TimeOnly(15, 0));
        Assert.Equal(Local(2026, 3, 11, 9, 30), result.DueAt);
        Assert.Equal(Date("2026-03-11"), result.EffectiveFrom);
    }

    [Fact]
    public void Hours_cross_the_Tet_break()
    {
        var result = Hours(Local(2026, 2, 13, 15, 0), 4);
        Assert.Equal(Local(2026, 2, 23, 9, 30), result.DueAt);
        Assert.Equal(9, result.Explanation.Count(e => e.Date > Date("2026-02-13")));
    }

    [Fact]
    public void Receipt_on_a_holiday_counts_from_the_next_working_morning()
    {
        var result = Hours(Local(2026, 9, 2, 10, 0), 4);
        Assert.Equal(Local(2026, 9, 3, 11, 30), result.DueAt);
        Assert.StartsWith("Nhận vào ngày nghỉ (Quốc khánh)", result.Explanation[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Paused_working_hours_shift_the_due_instant()
    {
        // 08:00 Monday + 8 h: 3.5 h in the morning, 4 h in the afternoon, 0.5 h on Tuesday.
        var plain = Hours(Local(2026, 3, 9, 8, 0), 8);
        Assert.Equal(Local(2026, 3, 10, 8, 0), plain.DueAt);

        // 10:00-14:00 pauses 1.5 h of morning and 1 h of afternoon.
        var paused = Hours(Local(2026, 3, 9, 8, 0), 8, pauses: [new Pause(Local(2026, 3, 9, 10, 0), Local(2026, 3, 9, 14, 0), "Bổ sung")]);
        Assert.Equal(Local(2026, 3, 10, 10, 30), paused.DueAt);
        Assert.Equal(Date("2026-03-10"), paused.LegalDueDate);
        Assert.Contains(paused.Explanation, e => e.Date == Date("2026-03-09") && e.Reason == "Tạm dừng: Bổ sung");
    }

    [Fact]
    public void A_pause_into_the_next_day_moves_the_due_date()
    {
        var result = Hours(Local(2026, 3, 9, 13, 0), 4,
            pauses: [new Pause(Local(2026, 3, 9, 15, 0), Local(2026, 3, 10, 9, 30), "Bổ sung")]);
        Assert.Equal(Date("2026-03-09"), result.LegalDueDate);
        Assert.Equal(Local(2026, 3, 10, 11, 30), result.DueAt);
        Assert.Equal(Date("2026-03-10"), result.DueDate);
    }

    [Fact]
    public void Custom_office_hours_are_respected()
    {
        var hours = new OfficeHours(new(8, 0), new(12, 0), new(13, 30), new(17, 30));
        Assert.Equal(Local(2026, 3, 10, 17, 30), Hours(Local(2026, 3, 10, 16, 30), 1, officeHours: hours).DueAt);
        Assert.Equal(Local(2026, 3, 11, 8, 30), Hours(Local(2026, 3, 10, 17, 0), 1, officeHours: hours).DueAt);
    }

    [Fact]
    public void Office_hours_out_of_order_are_rejected() =>
        Assert.Throws<ArgumentException>(() =>
            Hours(Local(2026, 3, 10, 9, 0), 1, officeHours: new OfficeHours(new(13, 0), new(11, 30), new(7, 30), new(17, 0))));
}
