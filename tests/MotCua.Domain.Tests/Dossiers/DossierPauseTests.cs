using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierPauseTests
{
    private static readonly TimeOnly Cutoff = new(15, 0);

    /// <summary>Accepted Monday 2 Mar 2026 09:00 for 10 working days (legally due Monday 16 Mar), in processing.</summary>
    private static Dossier InProcessing()
    {
        var dossier = Accepted(Days(10, Cutoff), Local(2026, 3, 2, 9, 0));
        dossier.StartProcessing(Local(2026, 3, 2, 10, 0), Specialist);
        Assert.Equal(Date("2026-03-16"), dossier.DueDate);
        return dossier;
    }

    [Fact]
    public void Supplement_request_pauses_the_clock_and_the_answer_moves_the_due_date()
    {
        var dossier = InProcessing();

        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Bản sao trích lục", "Tờ khai có chữ ký"]);

        Assert.Equal(DossierStatus.SupplementRequested, dossier.Status);
        var pause = Assert.Single(dossier.Pauses);
        Assert.Equal(PauseKind.Supplement, pause.Kind);
        Assert.Equal(Local(2026, 3, 4, 9, 0), pause.StartedAt);
        Assert.Null(pause.EndedAt);
        Assert.Equal(Date("2026-03-16"), dossier.DueDate);
        var request = Assert.Single(dossier.SupplementRequests);
        Assert.Equal("Bản sao trích lục\nTờ khai có chữ ký", request.MissingItems);
        Assert.Equal(Specialist.Name, request.RequestedBy);
        Assert.Equal(Local(2026, 3, 4, 9, 0), request.RequestedAt);
        Assert.Null(request.AnsweredAt);

        dossier.AnswerSupplement(Local(2026, 3, 6, 10, 0), "Đã nộp bản sao", WorkCalendar);

        // Paused Thursday 5 and Friday 6 (the resume day counts, the request day does not): 16 Mar + 2 = Wed 18 Mar.
        Assert.Equal(DossierStatus.InProcessing, dossier.Status);
        Assert.Equal(Local(2026, 3, 6, 10, 0), pause.EndedAt);
        Assert.Equal(Date("2026-03-18"), dossier.DueDate);
        Assert.Equal(Date("2026-03-16"), dossier.LegalDueDate);
        Assert.Equal(Local(2026, 3, 6, 10, 0), request.AnsweredAt);
        Assert.Equal("Đã nộp bản sao", request.AnswerNote);
        Assert.Equal(1, dossier.SupplementRequestCount);
        Assert.False(dossier.CountsAsLate);
    }

    [Fact]
    public void A_pause_over_Tet_moves_the_due_date_only_by_the_working_days_paused()
    {
        // Accepted Monday 9 Feb 2026, 3 working days: Tue 10, Wed 11, Thu 12 Feb.
        var dossier = Accepted(Days(3, Cutoff), Local(2026, 2, 9, 9, 0));
        Assert.Equal(Date("2026-02-12"), dossier.DueDate);
        dossier.StartProcessing(Local(2026, 2, 9, 10, 0), Specialist);
        dossier.RequestSupplement(Local(2026, 2, 10, 10, 0), Specialist, ["Giấy chứng sinh"]);
        dossier.AnswerSupplement(Local(2026, 2, 23, 8, 0), null, WorkCalendar);

        // Paused working days: Wed 11, Thu 12, Fri 13, Mon 23 Feb (16-20 Tết and the weekends do not count).
        // 12 Feb + 4 working days: Fri 13, Mon 23, Tue 24, Wed 25.
        Assert.Equal(Date("2026-02-25"), dossier.DueDate);
        Assert.Equal(Date("2026-02-12"), dossier.LegalDueDate);
    }

    [Fact]
    public void A_supplement_opened_and_answered_the_same_day_moves_nothing()
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 3, 9, 0), Specialist, ["Tờ khai"]);
        dossier.AnswerSupplement(Local(2026, 3, 3, 15, 0), null, WorkCalendar);
        Assert.Equal(Date("2026-03-16"), dossier.DueDate);
        Assert.NotNull(Assert.Single(dossier.Pauses).EndedAt);
    }

    [Fact]
    public void Supplement_before_acceptance_opens_no_pause_and_the_answer_returns_to_the_online_queue()
    {
        var dossier = Create(Days(10, Cutoff), Local(2026, 3, 2, 8, 0));

        dossier.RequestSupplement(Local(2026, 3, 2, 10, 0), Reception, ["Ảnh chụp CCCD rõ nét"]);
        Assert.Equal(DossierStatus.SupplementRequested, dossier.Status);
        Assert.Empty(dossier.Pauses);
        Assert.Null(dossier.ReceivedAt);
        Assert.Null(dossier.DueDate);
        Assert.Null(dossier.PendingState(Local(2026, 3, 3, 9, 0)));
        Assert.Equal(1, dossier.SupplementRequestCount);

        dossier.AnswerSupplement(Local(2026, 3, 4, 9, 0), null, WorkCalendar);
        Assert.Equal(DossierStatus.Submitted, dossier.Status);
        Assert.Empty(dossier.Pauses);
        Assert.Null(dossier.DueDate);
        Assert.Equal(Local(2026, 3, 4, 9, 0), Assert.Single(dossier.SupplementRequests).AnsweredAt);

        // The clock starts at acceptance: Wed 4 Mar + 10 working days = Wed 18 Mar.
        dossier.Accept(Local(2026, 3, 4, 10, 0), Reception, WorkCalendar);
        Assert.Equal(Date("2026-03-04"), dossier.EffectiveFrom);
        Assert.Equal(Date("2026-03-18"), dossier.DueDate);
        Assert.Equal(Date("2026-03-18"), dossier.LegalDueDate);
        Assert.Empty(dossier.Pauses);
    }

    public static TheoryData<string[]> BlankItems() => new()
    {
        Array.Empty<string>(),
        new[] { "" },
        new[] { "   ", "\t", "\n" },
    };

    [Theory]
    [MemberData(nameof(BlankItems))]
    public void Supplement_request_must_list_at_least_one_item(string[] items)
    {
        var dossier = InProcessing();
        var version = dossier.Version;

        var error = Assert.Throws<DomainException>(() => dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, items));

        Assert.Contains("bổ sung", error.Message, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.InProcessing, dossier.Status);
        Assert.Equal(version, dossier.Version);
        Assert.Equal(0, dossier.SupplementRequestCount);
        Assert.Empty(dossier.SupplementRequests);
        Assert.Empty(dossier.Pauses);
    }

    [Fact]
    public void A_second_supplement_request_counts_the_dossier_late_even_when_finished_early()
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 3, 9, 0), Specialist, ["Tờ khai"]);
        dossier.AnswerSupplement(Local(2026, 3, 3, 14, 0), null, WorkCalendar);
        Assert.False(dossier.CountsAsLate);

        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Giấy chứng sinh"]);
        Assert.Equal(2, dossier.SupplementRequestCount);
        Assert.True(dossier.CountsAsLate);
        dossier.AnswerSupplement(Local(2026, 3, 4, 14, 0), null, WorkCalendar);
        dossier.Resolve(Local(2026, 3, 5, 10, 0), Specialist);

        Assert.Equal(Timeliness.Early, dossier.Outcome);
        Assert.True(dossier.CountsAsLate);
        Assert.Equal(2, dossier.SupplementRequests.Count);
        Assert.Equal(2, dossier.Pauses.Count);
    }

    [Fact]
    public void One_supplement_request_finished_early_is_not_late()
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 3, 9, 0), Specialist, ["Tờ khai"]);
        dossier.AnswerSupplement(Local(2026, 3, 3, 14, 0), null, WorkCalendar);
        dossier.Resolve(Local(2026, 3, 5, 10, 0), Specialist);
        Assert.Equal(Timeliness.Early, dossier.Outcome);
        Assert.False(dossier.CountsAsLate);
    }

    [Fact]
    public void Financial_obligation_pauses_and_resumes_the_same_way()
    {
        var dossier = InProcessing();

        dossier.RequestFinancialObligation(Local(2026, 3, 5, 14, 0), Specialist, "Nộp lệ phí trước bạ");
        Assert.Equal(DossierStatus.FinancialObligation, dossier.Status);
        var pause = Assert.Single(dossier.Pauses);
        Assert.Equal(PauseKind.FinancialObligation, pause.Kind);
        Assert.Equal(Local(2026, 3, 5, 14, 0), pause.StartedAt);
        Assert.Null(pause.EndedAt);
        Assert.Equal(0, dossier.SupplementRequestCount);

        dossier.FulfilFinancialObligation(Local(2026, 3, 10, 8, 0), Reception, WorkCalendar);

        // Paused Fri 6, Mon 9, Tue 10: 16 Mar + 3 working days = Thu 19 Mar.
        Assert.Equal(DossierStatus.InProcessing, dossier.Status);
        Assert.Equal(Local(2026, 3, 10, 8, 0), pause.EndedAt);
        Assert.Equal(Date("2026-03-19"), dossier.DueDate);
        Assert.Equal(Date("2026-03-16"), dossier.LegalDueDate);
        Assert.False(dossier.CountsAsLate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Financial_obligation_must_say_what_is_due(string note)
    {
        var dossier = InProcessing();
        Assert.Throws<DomainException>(() => dossier.RequestFinancialObligation(Local(2026, 3, 5, 14, 0), Specialist, note));
        Assert.Equal(DossierStatus.InProcessing, dossier.Status);
        Assert.Empty(dossier.Pauses);
    }

    [Fact]
    public void Successive_pauses_add_up()
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Tờ khai"]);
        dossier.AnswerSupplement(Local(2026, 3, 6, 10, 0), null, WorkCalendar);
        Assert.Equal(Date("2026-03-18"), dossier.DueDate);
        dossier.RequestFinancialObligation(Local(2026, 3, 10, 9, 0), Specialist, "Nộp phí");
        dossier.FulfilFinancialObligation(Local(2026, 3, 12, 9, 0), Reception, WorkCalendar);

        // Thu 5, Fri 6, then Wed 11, Thu 12: 16 Mar + 4 = Fri 20 Mar.
        Assert.Equal(Date("2026-03-20"), dossier.DueDate);
        Assert.Equal(Date("2026-03-16"), dossier.LegalDueDate);
        Assert.All(dossier.Pauses, p => Assert.NotNull(p.EndedAt));
    }

    [Fact]
    public void Hour_based_pause_moves_the_due_instant_by_the_working_time_paused()
    {
        // 8 hours from Monday 9 Mar 09:00: due Tuesday 10 Mar 09:00.
        var dossier = Accepted(Hours(8), Local(2026, 3, 9, 9, 0));
        dossier.StartProcessing(Local(2026, 3, 9, 9, 30), Specialist);
        dossier.RequestSupplement(Local(2026, 3, 9, 10, 0), Specialist, ["Bản chính"]);
        dossier.AnswerSupplement(Local(2026, 3, 10, 10, 0), null, WorkCalendar);

        // One hour used before the pause, 7 left from Tuesday 10:00: 1.5 h to 11:30, 4 h to 17:00, 1.5 h Wednesday.
        Assert.Equal(Local(2026, 3, 11, 9, 0), dossier.DueAt);
        Assert.Equal(Date("2026-03-11"), dossier.DueDate);
        Assert.Equal(Date("2026-03-10"), dossier.LegalDueDate);
    }

    [Fact]
    public void Start_processing_cannot_skip_an_open_pause()
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Tờ khai"]);

        var error = Assert.Throws<DomainException>(() => dossier.StartProcessing(Local(2026, 3, 6, 9, 0), Specialist));

        Assert.Contains("“Yêu cầu bổ sung”", error.Message, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.SupplementRequested, dossier.Status);
        Assert.Null(Assert.Single(dossier.Pauses).EndedAt);
    }

    [Fact]
    public void A_financial_obligation_is_not_fulfilled_by_answering_a_supplement()
    {
        var dossier = InProcessing();
        dossier.RequestFinancialObligation(Local(2026, 3, 4, 9, 0), Specialist, "Nộp phí");

        Assert.Throws<DomainException>(() => dossier.AnswerSupplement(Local(2026, 3, 6, 9, 0), null, WorkCalendar));
        Assert.Throws<DomainException>(() => dossier.StartProcessing(Local(2026, 3, 6, 9, 0), Specialist));

        Assert.Equal(DossierStatus.FinancialObligation, dossier.Status);
        Assert.Null(Assert.Single(dossier.Pauses).EndedAt);
    }

    [Fact]
    public void A_supplement_is_not_answered_by_fulfilling_a_financial_obligation()
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Tờ khai"]);

        Assert.Throws<DomainException>(() => dossier.FulfilFinancialObligation(Local(2026, 3, 6, 9, 0), Reception, WorkCalendar));

        Assert.Equal(DossierStatus.SupplementRequested, dossier.Status);
        Assert.Null(Assert.Single(dossier.SupplementRequests).AnsweredAt);
    }

    [Fact]
    public void An_accepted_dossier_cannot_answer_a_supplement_nobody_asked_for()
    {
        var dossier = Accepted(Days(10, Cutoff), Local(2026, 3, 2, 9, 0));
        Assert.Throws<DomainException>(() => dossier.AnswerSupplement(Local(2026, 3, 3, 9, 0), null, WorkCalendar));
        Assert.Throws<DomainException>(() => dossier.FulfilFinancialObligation(Local(2026, 3, 3, 9, 0), Reception, WorkCalendar));
        Assert.Equal(DossierStatus.Accepted, dossier.Status);
        Assert.Equal(1, dossier.Version);
    }
}
