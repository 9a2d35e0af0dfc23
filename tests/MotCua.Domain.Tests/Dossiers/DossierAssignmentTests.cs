using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierAssignmentTests
{
    [Fact]
    public void Assigning_a_pending_dossier_records_the_officer_and_bumps_the_version_without_a_status_change()
    {
        var dossier = Accepted(Days(10), Local(2026, 3, 2, 9, 0));
        var version = dossier.Version;
        var transitions = dossier.Transitions.Count;

        dossier.AssignTo("u-chuyen-vien", Local(2026, 3, 2, 10, 0));

        Assert.Equal("u-chuyen-vien", dossier.AssigneeId);
        Assert.Equal(version + 1, dossier.Version);
        Assert.Equal(DossierStatus.Accepted, dossier.Status);
        Assert.Equal(transitions, dossier.Transitions.Count);
    }

    [Fact]
    public void A_dossier_not_yet_accepted_or_already_resolved_cannot_be_assigned()
    {
        var submitted = Create(Days(10), Local(2026, 3, 2, 9, 0));
        var resolved = Accepted(Days(10), Local(2026, 3, 2, 9, 0));
        resolved.StartProcessing(Local(2026, 3, 2, 10, 0), Specialist);
        resolved.Resolve(Local(2026, 3, 3, 10, 0), Specialist);

        Assert.Throws<DomainException>(() => submitted.AssignTo("u-chuyen-vien", Local(2026, 3, 4, 9, 0)));
        Assert.Throws<DomainException>(() => resolved.AssignTo("u-chuyen-vien", Local(2026, 3, 4, 9, 0)));
        Assert.Null(resolved.AssigneeId);
    }
}
