using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierExtensionTests
{
    private const string Reason = "Cần xác minh thực địa";

    /// <summary>Accepted Monday 2 Mar 2026 09:00 for 10 working days (due Monday 16 Mar), in processing.</summary>
    private static Dossier InProcessing()
    {
        var dossier = Accepted(Days(10, new TimeOnly(15, 0)), Local(2026, 3, 2, 9, 0));
        dossier.StartProcessing(Local(2026, 3, 2, 10, 0), Specialist);
        return dossier;
    }

    private static string[] Lines(DeadlineResult result) =>
        result.Explanation.Select(e => $"{e.Date:yyyy-MM-dd} {e.Reason}").ToArray();

    [Fact]
    public void Extension_records_the_new_appointment_and_keeps_the_legal_and_due_dates()
    {
        var dossier = InProcessing();
        var version = dossier.Version;
        var transitions = dossier.Transitions.Count;

        dossier.GrantExtension(Local(2026, 3, 16, 10, 0), Specialist, Date("2026-03-20"), $"  {Reason} ");

        Assert.Equal(Date("2026-03-16"), dossier.LegalDueDate);
        Assert.Equal(Date("2026-03-16"), dossier.DueDate);
        Assert.Equal(Date("2026-03-20"), dossier.ExtendedDueDate);
        var extension = Assert.Single(dossier.Extensions);
        Assert.Equal(Date("2026-03-20"), extension.NewDueDate);
        Assert.Equal(Reason, extension.Reason);
        Assert.Equal(Local(2026, 3, 16, 10, 0), extension.GrantedAt);
        Assert.Equal(Specialist.Name, extension.GrantedBy);
        Assert.Equal(version + 1, dossier.Version);
        Assert.Equal(transitions, dossier.Transitions.Count);
        Assert.Equal(DossierStatus.InProcessing, dossier.Status);
        Assert.Equal(Date("2026-03-20"), dossier.Deadline(WorkCalendar).ExtendedDueDate);
    }

    [Theory]
    [InlineData("2026-03-10")]
    [InlineData("2026-03-16")]
    public void The_new_date_must_be_after_the_current_due_date(string newDate)
    {
        var dossier = InProcessing();
        Assert.Throws<DomainException>(() => dossier.GrantExtension(Local(2026, 3, 16, 10, 0), Specialist, Date(newDate), Reason));
        Assert.Empty(dossier.Extensions);
        Assert.Null(dossier.ExtendedDueDate);
    }

    [Theory]
    [InlineData("2026-03-19", false)]
    [InlineData("2026-03-20", false)]
    [InlineData("2026-03-25", true)]
    public void A_second_extension_must_be_after_the_first(string newDate, bool allowed)
    {
        var dossier = InProcessing();
        dossier.GrantExtension(Local(2026, 3, 16, 10, 0), Specialist, Date("2026-03-20"), "Lần một");

        if (allowed)
        {
            dossier.GrantExtension(Local(2026, 3, 20, 10, 0), Specialist, Date(newDate), "Lần hai");
            Assert.Equal(Date(newDate), dossier.ExtendedDueDate);
            Assert.Equal(2, dossier.Extensions.Count);
        }
        else
        {
            Assert.Throws<DomainException>(() => dossier.GrantExtension(Local(2026, 3, 20, 10, 0), Specialist, Date(newDate), "Lần hai"));
            Assert.Equal(Date("2026-03-20"), dossier.ExtendedDueDate);
            Assert.Single(dossier.Extensions);
        }

        Assert.Equal(Date("2026-03-16"), dossier.DueDate);
    }

    [Fact]
    public void Extension_needs_a_reason()
    {
        var dossier = InProcessing();
        Assert.Throws<DomainException>(() => dossier.GrantExtension(Local(2026, 3, 16, 10, 0), Specialist, Date("2026-03-20"), " "));
        Assert.Empty(dossier.Extensions);
        Assert.Null(dossier.ExtendedDueDate);
        Assert.Equal(2, dossier.Version);
    }

    [Fact]
    public void Only_pending_dossiers_can_be_extended()
    {
        var submitted = Create(Days(10), Local(2026, 3, 2, 8, 0));
        Assert.Throws<DomainException>(() => submitted.GrantExtension(Local(2026, 3, 2, 9, 0), Specialist, Date("2026-03-20"), Reason));

        var resolved = InProcessing();
        resolved.Resolve(Local(2026, 3, 13, 9, 0), Specialist);
        Assert.Throws<DomainException>(() => resolved.GrantExtension(Local(2026, 3, 13, 10, 0), Specialist, Date("2026-03-20"), Reason));

        var accepted = Accepted(Days(10), Local(2026, 3, 2, 9, 0));
        accepted.GrantExtension(Local(2026, 3, 2, 10, 0), Specialist, Date("2026-03-20"), Reason);
        Assert.Equal(Date("2026-03-20"), accepted.ExtendedDueDate);

        var paused = InProcessing();
        paused.RequestFinancialObligation(Local(2026, 3, 4, 9, 0), Specialist, "Nộp phí");
        paused.GrantExtension(Local(2026, 3, 16, 10, 0), Specialist, Date("2026-03-20"), Reason);
        Assert.Equal(Date("2026-03-20"), paused.ExtendedDueDate);
    }

    [Fact]
    public void An_extension_does_not_excuse_a_late_result()
    {
        var dossier = InProcessing();
        dossier.GrantExtension(Local(2026, 3, 16, 10, 0), Specialist, Date("2026-03-20"), Reason);
        dossier.Resolve(Local(2026, 3, 19, 9, 0), Specialist);
        Assert.Equal(Timeliness.Late, dossier.Outcome);
        Assert.True(dossier.CountsAsLate);
    }

    [Fact]
    public void Deadline_explanation_lists_the_pauses_weekends_and_the_extension_reason()
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Tờ khai"]);
        dossier.AnswerSupplement(Local(2026, 3, 6, 10, 0), null, WorkCalendar);
        dossier.GrantExtension(Local(2026, 3, 18, 10, 0), Specialist, Date("2026-03-25"), Reason);

        var deadline = dossier.Deadline(WorkCalendar);

        Assert.Equal(Date("2026-03-16"), deadline.LegalDueDate);
        Assert.Equal(Date("2026-03-18"), deadline.DueDate);
        Assert.Equal(Date("2026-03-25"), deadline.ExtendedDueDate);
        Assert.Equal(dossier.ReceivedAt, deadline.ReceivedAt);
        var lines = Lines(deadline);
        Assert.Contains("2026-03-05 Tạm dừng: Chờ bổ sung hồ sơ", lines);
        Assert.Contains("2026-03-06 Tạm dừng: Chờ bổ sung hồ sơ", lines);
        Assert.Contains("2026-03-07 Thứ Bảy", lines);
        Assert.Contains("2026-03-15 Chủ nhật", lines);
        Assert.Contains("2026-03-18 Gia hạn đến 25/03/2026: Cần xác minh thực địa", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("2026-03-04 Tạm dừng", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.Contains("Tạm dừng", StringComparison.Ordinal)));
    }

    [Fact]
    public void Deadline_explanation_shows_an_open_pause()
    {
        var dossier = InProcessing();
        dossier.RequestFinancialObligation(Local(2026, 3, 12, 9, 0), Specialist, "Nộp phí");

        var lines = Lines(dossier.Deadline(WorkCalendar));

        Assert.Contains("2026-03-12 Đang tạm dừng từ 12/03/2026: Chờ thực hiện nghĩa vụ tài chính", lines);
    }
}
