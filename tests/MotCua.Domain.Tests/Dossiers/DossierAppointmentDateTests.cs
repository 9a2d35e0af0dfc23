using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>The stored appointment (what the work lists sort by) is always the apology's new date, else the due date.</summary>
public class DossierAppointmentDateTests
{
    [Fact]
    public void The_appointment_is_empty_before_acceptance_and_the_due_date_after()
    {
        var submitted = Create(Days(10), Local(2026, 3, 2, 8, 0));
        Assert.Null(submitted.AppointmentDate);

        var accepted = Accepted(Days(10, new TimeOnly(15, 0)), Local(2026, 3, 2, 9, 0));

        Assert.Equal(Date("2026-03-16"), accepted.AppointmentDate);
        Assert.Equal(accepted.DueDate, accepted.AppointmentDate);
    }

    [Fact]
    public void A_pause_moves_the_appointment_with_the_due_date()
    {
        var dossier = Accepted(Days(10, new TimeOnly(15, 0)), Local(2026, 3, 2, 9, 0));
        dossier.StartProcessing(Local(2026, 3, 2, 10, 0), Specialist);

        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Tờ khai"]);
        dossier.AnswerSupplement(Local(2026, 3, 6, 10, 0), null, WorkCalendar);

        Assert.Equal(Date("2026-03-18"), dossier.DueDate);
        Assert.Equal(Date("2026-03-18"), dossier.AppointmentDate);
    }

    [Fact]
    public void Each_apology_sets_the_appointment_and_a_later_pause_keeps_the_apology_date()
    {
        var dossier = Accepted(Days(10, new TimeOnly(15, 0)), Local(2026, 3, 2, 9, 0));
        dossier.StartProcessing(Local(2026, 3, 2, 10, 0), Specialist);

        dossier.GrantExtension(Local(2026, 3, 16, 10, 0), Specialist, Date("2026-03-20"), "Chờ xác minh");
        Assert.Equal(Date("2026-03-20"), dossier.AppointmentDate);
        dossier.GrantExtension(Local(2026, 3, 19, 10, 0), Specialist, Date("2026-03-27"), "Chờ ý kiến phối hợp");
        Assert.Equal(Date("2026-03-27"), dossier.AppointmentDate);

        dossier.RequestFinancialObligation(Local(2026, 3, 20, 9, 0), Specialist, "Nộp lệ phí");
        dossier.FulfilFinancialObligation(Local(2026, 3, 23, 9, 0), Specialist, WorkCalendar);

        Assert.Equal(Date("2026-03-27"), dossier.AppointmentDate);
        Assert.Equal(dossier.ExtendedDueDate ?? dossier.DueDate, dossier.AppointmentDate);
    }
}
