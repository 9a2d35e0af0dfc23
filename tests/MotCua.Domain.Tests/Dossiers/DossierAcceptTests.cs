using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierAcceptTests
{
    private static readonly TimeOnly Cutoff = new(15, 0);

    [Fact]
    public void Accept_starts_the_clock_and_sets_the_dates_from_the_calendar()
    {
        var dossier = Create(Days(3, Cutoff), Local(2026, 3, 9, 8, 0));
        var at = Local(2026, 3, 9, 10, 0);
        dossier.Accept(at, Reception, WorkCalendar);

        // Monday 9 Mar + 3 working days: Tue 10, Wed 11, Thu 12.
        Assert.Equal(DossierStatus.Accepted, dossier.Status);
        Assert.Equal(at, dossier.ReceivedAt);
        Assert.Equal(Date("2026-03-09"), dossier.EffectiveFrom);
        Assert.Equal(Date("2026-03-12"), dossier.LegalDueDate);
        Assert.Equal(Date("2026-03-12"), dossier.DueDate);
        Assert.Null(dossier.DueAt);
        Assert.Null(dossier.ExtendedDueDate);
        Assert.Null(dossier.CompletedAt);
        Assert.Equal(Local(2026, 3, 9, 8, 0), dossier.SubmittedAt);
    }

    [Theory]
    [InlineData(14, 59, "2026-03-06", "2026-03-11")]
    [InlineData(15, 0, "2026-03-06", "2026-03-11")]
    [InlineData(15, 1, "2026-03-09", "2026-03-12")]
    [InlineData(17, 30, "2026-03-09", "2026-03-12")]
    public void Received_after_15_00_on_Friday_counts_from_Monday(int hour, int minute, string effective, string due)
    {
        var dossier = Accepted(Days(3, Cutoff), Local(2026, 3, 6, hour, minute));
        Assert.Equal(Date(effective), dossier.EffectiveFrom);
        Assert.Equal(Date(due), dossier.LegalDueDate);
        Assert.Equal(Date(due), dossier.DueDate);
    }

    [Fact]
    public void Cutoff_is_read_in_Vietnam_time()
    {
        // 08:01 UTC on Friday is 15:01 in Hà Nội.
        var dossier = Accepted(Days(3, Cutoff), new DateTimeOffset(2026, 3, 6, 8, 1, 0, TimeSpan.Zero));
        Assert.Equal(Date("2026-03-09"), dossier.EffectiveFrom);
        Assert.Equal(Date("2026-03-12"), dossier.DueDate);
    }

    [Fact]
    public void Without_a_cutoff_an_evening_receipt_counts_from_that_day()
    {
        var dossier = Accepted(Days(3), Local(2026, 3, 6, 18, 0));
        Assert.Equal(Date("2026-03-06"), dossier.EffectiveFrom);
        Assert.Equal(Date("2026-03-11"), dossier.DueDate);
    }

    [Theory]
    // New Year 2026: Thu 1 Jan off, Fri 2 Jan swapped off, weekend: Mon 5, Tue 6, Wed 7.
    [InlineData("2025-12-31", 10, 0, 3, "2025-12-31", "2026-01-07")]
    // Make-up Saturday 10 Jan 2026 is a working day: Fri 9, Sat 10, Mon 12.
    [InlineData("2026-01-08", 10, 0, 3, "2026-01-08", "2026-01-12")]
    // Received on the make-up Saturday itself: counted from that day.
    [InlineData("2026-01-10", 9, 0, 1, "2026-01-10", "2026-01-12")]
    // Tết Bính Ngọ 16-20 Feb 2026 with both weekends: Fri 13, Mon 23, Tue 24.
    [InlineData("2026-02-12", 10, 0, 3, "2026-02-12", "2026-02-24")]
    // Friday 13 Feb after 15:00: the next working day is Monday 23 Feb; then Tue 24, Wed 25, Thu 26.
    [InlineData("2026-02-13", 15, 1, 3, "2026-02-23", "2026-02-26")]
    // Giỗ Tổ on Sunday 26 Apr 2026, compensatory Monday 27: Tue 28, Wed 29.
    [InlineData("2026-04-24", 10, 0, 2, "2026-04-24", "2026-04-29")]
    // National Day 2026: Tue 1 and Wed 2 Sep off: Thu 3.
    [InlineData("2026-08-31", 9, 0, 1, "2026-08-31", "2026-09-03")]
    // Tết Ất Tỵ 2025: 27-31 Jan between two weekends: Mon 3, Tue 4 Feb.
    [InlineData("2025-01-24", 10, 0, 2, "2025-01-24", "2025-02-04")]
    // No make-up Saturday after Tết 2025: Fri 7, Mon 10 Feb.
    [InlineData("2025-02-06", 10, 0, 2, "2025-02-06", "2025-02-10")]
    // 30 Apr, 1 May 2025 and Fri 2 May swapped off: Tue 29 Apr, Mon 5, Tue 6 May.
    [InlineData("2025-04-28", 10, 0, 3, "2025-04-28", "2025-05-06")]
    // National Day 2025: Mon 1 and Tue 2 Sep off: Wed 3, Thu 4.
    [InlineData("2025-08-29", 9, 0, 2, "2025-08-29", "2025-09-04")]
    public void Due_date_skips_weekends_holidays_and_swapped_days(string received, int hour, int minute, int days, string effective, string due)
    {
        var day = Date(received);
        var dossier = Accepted(Days(days, Cutoff), Local(day.Year, day.Month, day.Day, hour, minute));
        Assert.Equal(Date(effective), dossier.EffectiveFrom);
        Assert.Equal(Date(due), dossier.LegalDueDate);
        Assert.Equal(Date(due), dossier.DueDate);
    }

    [Fact]
    public void Hour_based_procedure_gives_the_due_instant()
    {
        // 8 working hours from Monday 9 Mar 09:00: 2.5 h to 11:30, 4 h 13:00-17:00, then 1.5 h from 07:30 Tuesday.
        var dossier = Accepted(Hours(8), Local(2026, 3, 9, 9, 0));
        Assert.Equal(Local(2026, 3, 10, 9, 0), dossier.DueAt);
        Assert.Equal(Date("2026-03-10"), dossier.DueDate);
        Assert.Equal(Date("2026-03-10"), dossier.LegalDueDate);
        Assert.Equal(Date("2026-03-09"), dossier.EffectiveFrom);
        Assert.Equal(TimeLimitUnit.WorkingHours, dossier.TimeLimitUnit);
    }

    [Fact]
    public void Hour_based_receipt_after_the_cutoff_starts_at_the_next_morning_session()
    {
        // Friday 6 Mar 16:00 after a 15:00 cut-off: counted from Monday 07:30; 4 hours end at 11:30.
        var dossier = Accepted(Hours(4, Cutoff), Local(2026, 3, 6, 16, 0));
        Assert.Equal(Local(2026, 3, 9, 11, 30), dossier.DueAt);
        Assert.Equal(Date("2026-03-09"), dossier.EffectiveFrom);
    }

    [Fact]
    public void Hour_based_count_skips_Tet()
    {
        // Friday 13 Feb 2026 14:00: 3 h that afternoon, then Monday 23 Feb: 4 h morning, 1 h after 13:00.
        var dossier = Accepted(Hours(8), Local(2026, 2, 13, 14, 0));
        Assert.Equal(Local(2026, 2, 23, 14, 0), dossier.DueAt);
        Assert.Equal(Date("2026-02-23"), dossier.DueDate);
    }

    [Fact]
    public void Terms_are_copied_from_the_procedure_when_the_dossier_is_created()
    {
        var procedure = Days(3, Cutoff);
        var dossier = Create(procedure, Local(2026, 3, 9, 8, 0));
        procedure.TimeLimit = 30;
        procedure.CutoffTime = null;
        procedure.TimeLimitUnit = TimeLimitUnit.WorkingHours;

        dossier.Accept(Local(2026, 3, 9, 15, 30), Reception, WorkCalendar);

        Assert.Equal(3, dossier.TimeLimit);
        Assert.Equal(TimeLimitUnit.WorkingDays, dossier.TimeLimitUnit);
        Assert.Equal(Cutoff, dossier.CutoffTime);
        Assert.Equal(Date("2026-03-10"), dossier.EffectiveFrom);
        Assert.Equal(Date("2026-03-13"), dossier.DueDate);
        Assert.Equal(17, dossier.ProcedureId);
    }

    [Fact]
    public void Created_dossier_waits_in_the_queue_with_no_due_date()
    {
        var dossier = Create(Days(3, Cutoff), Local(2026, 3, 9, 8, 0));
        Assert.Equal(DossierStatus.Submitted, dossier.Status);
        Assert.Null(dossier.ReceivedAt);
        Assert.Null(dossier.DueDate);
        Assert.Null(dossier.LegalDueDate);
        Assert.Equal(0, dossier.Version);
        Assert.Equal(5, dossier.ReceivingUnitId);
        Assert.Equal(5, dossier.CurrentUnitId);
        Assert.Equal("001085012345", dossier.Applicant.CitizenId);
        var created = Assert.Single(dossier.Transitions);
        Assert.Null(created.From);
        Assert.Equal(DossierStatus.Submitted, created.To);
        Assert.Equal("Nộp hồ sơ trực tuyến", created.Note);
        Assert.Equal("Công dân", created.ActorName);
        Assert.Throws<DomainException>(() => dossier.Deadline(WorkCalendar));
        Assert.Null(dossier.PendingState(Local(2026, 3, 9, 9, 0)));
    }

    [Fact]
    public void A_counter_dossier_records_the_channel_in_the_first_transition()
    {
        var dossier = Create(Days(3), Local(2026, 3, 9, 8, 0), Channel.Counter);
        Assert.Equal("Nộp hồ sơ: Trực tiếp", dossier.Transitions[0].Note);
        Assert.Equal(Reception.Name, dossier.Transitions[0].ActorName);
        Assert.Equal(Reception.UserId, dossier.Transitions[0].ActorId);
    }
}
