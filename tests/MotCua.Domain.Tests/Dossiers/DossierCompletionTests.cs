using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierCompletionTests
{
    /// <summary>Accepted Monday 2 Mar 2026 09:00 for 10 working days (due Monday 16 Mar), in processing.</summary>
    private static Dossier InProcessing()
    {
        var dossier = Accepted(Days(10, new TimeOnly(15, 0)), Local(2026, 3, 2, 9, 0));
        dossier.StartProcessing(Local(2026, 3, 2, 10, 0), Specialist);
        return dossier;
    }

    private static void AssertTerminal(Dossier dossier)
    {
        Assert.True(DossierWorkflow.IsTerminal(dossier.Status));
        var status = dossier.Status;
        var at = Local(2026, 12, 1, 9, 0);
        Assert.Throws<DomainException>(() => dossier.Accept(at, Reception, WorkCalendar));
        Assert.Throws<DomainException>(() => dossier.StartProcessing(at, Specialist));
        Assert.Throws<DomainException>(() => dossier.RequestSupplement(at, Specialist, ["Tờ khai"]));
        Assert.Throws<DomainException>(() => dossier.Withdraw(at, Actor.Applicant, null));
        Assert.Throws<DomainException>(() => dossier.Stop(at, Specialist, "Lý do"));
        Assert.Throws<DomainException>(() => dossier.Refuse(at, Reception, "Lý do"));
        Assert.Throws<DomainException>(() => dossier.Resolve(at, Specialist));
        Assert.Throws<DomainException>(() => dossier.ReturnResult(at, Reception, "Lê Văn Đức"));
        Assert.Throws<DomainException>(() => dossier.GrantExtension(at, Specialist, new DateOnly(2026, 12, 31), "Hẹn lại"));
        Assert.Equal(status, dossier.Status);
        Assert.Null(dossier.PendingState(at));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuse_needs_a_reason(string reason)
    {
        var dossier = Create(Days(10), Local(2026, 3, 2, 8, 0));
        var error = Assert.Throws<DomainException>(() => dossier.Refuse(Local(2026, 3, 2, 9, 0), Reception, reason));
        Assert.Contains("lý do", error.Message, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Submitted, dossier.Status);
        Assert.Null(dossier.CompletedAt);
        Assert.Equal(0, dossier.Version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Stop_needs_a_reason(string reason)
    {
        var dossier = InProcessing();
        var error = Assert.Throws<DomainException>(() => dossier.Stop(Local(2026, 3, 3, 9, 0), Specialist, reason));
        Assert.Contains("lý do", error.Message, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.InProcessing, dossier.Status);
        Assert.Null(dossier.CompletedAt);
        Assert.Equal(2, dossier.Version);
    }

    [Fact]
    public void Refuse_completes_the_dossier_for_good()
    {
        var dossier = Create(Days(10), Local(2026, 3, 2, 8, 0));
        dossier.Refuse(Local(2026, 3, 2, 9, 0), Reception, "Không thuộc thẩm quyền");
        Assert.Equal(DossierStatus.Refused, dossier.Status);
        Assert.Equal(Local(2026, 3, 2, 9, 0), dossier.CompletedAt);
        Assert.Null(dossier.Outcome);
        AssertTerminal(dossier);
    }

    [Fact]
    public void Stop_completes_the_dossier_for_good()
    {
        var dossier = InProcessing();
        dossier.Stop(Local(2026, 3, 3, 9, 0), Specialist, "Giấy tờ giả mạo");
        Assert.Equal(DossierStatus.Stopped, dossier.Status);
        Assert.Equal(Local(2026, 3, 3, 9, 0), dossier.CompletedAt);
        AssertTerminal(dossier);
    }

    [Fact]
    public void Withdraw_before_acceptance_completes_the_dossier_for_good()
    {
        var dossier = Create(Days(10), Local(2026, 3, 2, 8, 0));
        dossier.Withdraw(Local(2026, 3, 2, 9, 0), Actor.Applicant, "Nộp nhầm thủ tục");
        Assert.Equal(DossierStatus.Withdrawn, dossier.Status);
        Assert.Equal(Local(2026, 3, 2, 9, 0), dossier.CompletedAt);
        Assert.Equal("Nộp nhầm thủ tục", dossier.Transitions[^1].Note);
        AssertTerminal(dossier);
    }

    [Fact]
    public void Withdraw_during_a_supplement_closes_the_pause()
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Tờ khai"]);
        dossier.Withdraw(Local(2026, 3, 9, 9, 0), Actor.Applicant, null);
        Assert.Equal(Local(2026, 3, 9, 9, 0), Assert.Single(dossier.Pauses).EndedAt);
        Assert.Equal(Local(2026, 3, 9, 9, 0), dossier.CompletedAt);
        AssertTerminal(dossier);
    }

    [Fact]
    public void Stop_during_a_financial_obligation_closes_the_pause()
    {
        var dossier = InProcessing();
        dossier.RequestFinancialObligation(Local(2026, 3, 4, 9, 0), Specialist, "Nộp phí");
        dossier.Stop(Local(2026, 3, 9, 9, 0), Specialist, "Không thực hiện nghĩa vụ tài chính");
        Assert.Equal(Local(2026, 3, 9, 9, 0), Assert.Single(dossier.Pauses).EndedAt);
        AssertTerminal(dossier);
    }

    [Fact]
    public void Refuse_during_a_supplement_after_acceptance_closes_the_pause()
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Tờ khai"]);
        dossier.Refuse(Local(2026, 3, 9, 9, 0), Reception, "Không bổ sung đúng hạn");
        Assert.Equal(Local(2026, 3, 9, 9, 0), Assert.Single(dossier.Pauses).EndedAt);
        Assert.Equal(Local(2026, 3, 9, 9, 0), dossier.CompletedAt);
        AssertTerminal(dossier);
    }

    public static TheoryData<DateTimeOffset, Timeliness> DayBasedCompletions() => new()
    {
        { Local(2026, 3, 13, 16, 0), Timeliness.Early },
        { Local(2026, 3, 16, 8, 0), Timeliness.OnTime },
        // 23:30 local on the due day is 16:30 UTC the same day: on time.
        { new DateTimeOffset(2026, 3, 16, 16, 30, 0, TimeSpan.Zero), Timeliness.OnTime },
        // 00:10 local on 17 Mar is still 16 Mar (17:10) in UTC: late all the same.
        { new DateTimeOffset(2026, 3, 16, 17, 10, 0, TimeSpan.Zero), Timeliness.Late },
        { Local(2026, 3, 17, 8, 0), Timeliness.Late },
    };

    [Theory]
    [MemberData(nameof(DayBasedCompletions))]
    public void Resolve_classifies_by_the_Vietnam_local_date_against_the_due_date(DateTimeOffset at, Timeliness expected)
    {
        var dossier = InProcessing();
        dossier.Resolve(at, Specialist);
        Assert.Equal(DossierStatus.Resolved, dossier.Status);
        Assert.Equal(at, dossier.CompletedAt);
        Assert.Equal(expected, dossier.Outcome);
        Assert.Equal(expected == Timeliness.Late, dossier.CountsAsLate);
        Assert.False(DossierWorkflow.IsTerminal(dossier.Status));
        Assert.Null(dossier.PendingState(at));
    }

    [Theory]
    [InlineData(17, 16, Timeliness.Early)]
    [InlineData(18, 16, Timeliness.OnTime)]
    [InlineData(19, 8, Timeliness.Late)]
    public void Resolve_classifies_against_the_pause_adjusted_due_date(int day, int hour, Timeliness expected)
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Tờ khai"]);
        dossier.AnswerSupplement(Local(2026, 3, 6, 10, 0), null, WorkCalendar);
        Assert.Equal(Date("2026-03-18"), dossier.DueDate);

        dossier.Resolve(Local(2026, 3, day, hour, 0), Specialist);

        Assert.Equal(expected, dossier.Outcome);
    }

    public static TheoryData<DateTimeOffset, Timeliness> HourBasedCompletions() => new()
    {
        { Local(2026, 3, 9, 16, 0), Timeliness.Early },
        { Local(2026, 3, 10, 8, 59), Timeliness.OnTime },
        { Local(2026, 3, 10, 9, 0), Timeliness.OnTime },
        { Local(2026, 3, 10, 9, 1), Timeliness.Late },
        // 02:01 UTC is 09:01 in Hà Nội.
        { new DateTimeOffset(2026, 3, 10, 2, 1, 0, TimeSpan.Zero), Timeliness.Late },
        { Local(2026, 3, 10, 16, 0), Timeliness.Late },
    };

    [Theory]
    [MemberData(nameof(HourBasedCompletions))]
    public void Hour_based_resolve_is_judged_against_the_due_instant(DateTimeOffset at, Timeliness expected)
    {
        // 8 working hours from Monday 9 Mar 09:00: due Tuesday 10 Mar 09:00.
        var dossier = Accepted(Hours(8), Local(2026, 3, 9, 9, 0));
        dossier.Resolve(at, Specialist);
        Assert.Equal(expected, dossier.Outcome);
    }

    [Fact]
    public void A_dossier_accepted_and_resolved_at_once_is_early()
    {
        var dossier = Accepted(Days(10), Local(2026, 3, 2, 9, 0));
        dossier.Resolve(Local(2026, 3, 2, 9, 30), Specialist);
        Assert.Equal(Timeliness.Early, dossier.Outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Return_result_requires_the_receiver_name(string receivedBy)
    {
        var dossier = InProcessing();
        dossier.Resolve(Local(2026, 3, 10, 9, 0), Specialist);
        var version = dossier.Version;

        var error = Assert.Throws<DomainException>(() => dossier.ReturnResult(Local(2026, 3, 11, 9, 0), Reception, receivedBy));

        Assert.Contains("người nhận", error.Message, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Resolved, dossier.Status);
        Assert.Null(dossier.ReturnedAt);
        Assert.Null(dossier.ReturnedTo);
        Assert.Equal(version, dossier.Version);
    }

    [Fact]
    public void Return_result_records_when_and_to_whom()
    {
        var dossier = InProcessing();
        dossier.Resolve(Local(2026, 3, 10, 9, 0), Specialist);
        dossier.ReturnResult(Local(2026, 3, 11, 9, 0), Reception, "  Lê Văn Đức ");

        Assert.Equal(DossierStatus.Returned, dossier.Status);
        Assert.Equal(Local(2026, 3, 11, 9, 0), dossier.ReturnedAt);
        Assert.Equal("Lê Văn Đức", dossier.ReturnedTo);
        Assert.Equal(Local(2026, 3, 10, 9, 0), dossier.CompletedAt);
        Assert.Equal(Timeliness.Early, dossier.Outcome);
        AssertTerminal(dossier);
    }
}
