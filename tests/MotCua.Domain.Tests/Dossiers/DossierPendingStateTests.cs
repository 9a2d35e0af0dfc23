using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierPendingStateTests
{
    /// <summary>Accepted Monday 2 Mar 2026 09:00 for 10 working days (due Monday 16 Mar), in processing.</summary>
    private static Dossier InProcessing()
    {
        var dossier = Accepted(Days(10, new TimeOnly(15, 0)), Local(2026, 3, 2, 9, 0));
        dossier.StartProcessing(Local(2026, 3, 2, 10, 0), Specialist);
        return dossier;
    }

    public static TheoryData<DateTimeOffset, PendingTimeliness> Instants() => new()
    {
        { Local(2026, 3, 10, 9, 0), PendingTimeliness.WithinTime },
        { Local(2026, 3, 16, 23, 59), PendingTimeliness.WithinTime },
        { new DateTimeOffset(2026, 3, 16, 16, 59, 0, TimeSpan.Zero), PendingTimeliness.WithinTime },
        { new DateTimeOffset(2026, 3, 16, 17, 1, 0, TimeSpan.Zero), PendingTimeliness.Overdue },
        { Local(2026, 3, 17, 0, 0), PendingTimeliness.Overdue },
        { Local(2026, 4, 1, 9, 0), PendingTimeliness.Overdue },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void Pending_dossier_is_within_time_through_its_due_day_and_overdue_after(DateTimeOffset now, PendingTimeliness expected)
    {
        Assert.Equal(expected, InProcessing().PendingState(now));
        Assert.Equal(expected, Accepted(Days(10), Local(2026, 3, 2, 9, 0)).PendingState(now));
    }

    [Theory]
    [InlineData(18, PendingTimeliness.WithinTime)]
    [InlineData(19, PendingTimeliness.Overdue)]
    public void Pending_state_uses_the_pause_adjusted_due_date(int day, PendingTimeliness expected)
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Tờ khai"]);
        dossier.AnswerSupplement(Local(2026, 3, 6, 10, 0), null, WorkCalendar);
        Assert.Equal(expected, dossier.PendingState(Local(2026, 3, day, 9, 0)));
    }

    [Fact]
    public void The_clock_stands_still_while_a_supplement_is_awaited()
    {
        // Paused on Thursday 12 Mar, before the due day: still within time on 25 Mar, since no working time ran.
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 12, 9, 0), Specialist, ["Tờ khai"]);
        Assert.Equal(PendingTimeliness.WithinTime, dossier.PendingState(Local(2026, 3, 25, 9, 0)));

        // Once answered on 25 Mar the due date has moved (9 paused working days, 13-25 Mar): 16 Mar + 9 = 27 Mar.
        dossier.AnswerSupplement(Local(2026, 3, 25, 9, 0), null, WorkCalendar);
        Assert.Equal(Date("2026-03-27"), dossier.DueDate);
        Assert.Equal(PendingTimeliness.WithinTime, dossier.PendingState(Local(2026, 3, 27, 16, 0)));
        Assert.Equal(PendingTimeliness.Overdue, dossier.PendingState(Local(2026, 3, 30, 8, 0)));
    }

    [Fact]
    public void A_dossier_paused_after_its_due_day_stays_overdue()
    {
        var dossier = InProcessing();
        dossier.RequestFinancialObligation(Local(2026, 3, 17, 9, 0), Specialist, "Nộp phí");
        Assert.Equal(PendingTimeliness.Overdue, dossier.PendingState(Local(2026, 3, 18, 9, 0)));
    }

    [Theory]
    [InlineData(10, 8, 59, PendingTimeliness.WithinTime)]
    [InlineData(10, 9, 0, PendingTimeliness.WithinTime)]
    [InlineData(10, 10, 0, PendingTimeliness.Overdue)]
    [InlineData(11, 8, 0, PendingTimeliness.Overdue)]
    public void Hour_based_pending_state_is_judged_against_the_due_instant(int day, int hour, int minute, PendingTimeliness expected)
    {
        // 8 working hours from Monday 9 Mar 09:00: due Tuesday 10 Mar 09:00.
        var dossier = Accepted(Hours(8), Local(2026, 3, 9, 9, 0));
        Assert.Equal(expected, dossier.PendingState(Local(2026, 3, day, hour, minute)));
    }

    [Fact]
    public void Dossiers_not_yet_accepted_or_already_finished_have_no_pending_state()
    {
        var now = Local(2026, 4, 1, 9, 0);
        Assert.Null(Create(Days(10), Local(2026, 3, 2, 8, 0)).PendingState(now));

        var resolved = InProcessing();
        resolved.Resolve(Local(2026, 3, 20, 9, 0), Specialist);
        Assert.Null(resolved.PendingState(now));

        var withdrawn = InProcessing();
        withdrawn.Withdraw(Local(2026, 3, 20, 9, 0), Actor.Applicant, null);
        Assert.Null(withdrawn.PendingState(now));
    }
}
