using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Web.Tests.Reporting;

/// <summary>
/// Figures kept in memory are trusted only while the rollup stamps of their units stay the same, so every save that
/// moves a unit's counters must raise that unit's stamp, and only that unit's.
/// </summary>
public sealed class RollupStampTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Actor Officer = new(null, "Cán bộ kiểm thử");

    [Fact]
    public void A_result_raises_the_stamp_of_the_receiving_unit_only_and_a_change_of_assignee_raises_none()
    {
        var (unitId, before) = factory.WithDb(db =>
        {
            var dossier = db.Dossiers.Include(d => d.Transitions).Include(d => d.Pauses)
                .Where(d => d.Status == DossierStatus.InProcessing).OrderBy(d => d.Id).First();
            var stamps = Stamps(db);
            dossier.Resolve(DateTimeOffset.UtcNow, Officer);
            db.SaveChanges();
            return (dossier.ReceivingUnitId, stamps);
        });
        var afterResult = factory.WithDb(Stamps);

        factory.WithDb(db =>
        {
            var dossier = db.Dossiers.Where(d => d.Status == DossierStatus.InProcessing).OrderBy(d => d.Id).First();
            var officer = db.Users.Where(u => u.Email == "chuyenvien@motcua.local").Select(u => u.Id).Single();
            dossier.AssigneeId = dossier.AssigneeId is null ? officer : null;
            return db.SaveChanges();
        });
        var afterAssignment = factory.WithDb(Stamps);

        Assert.Equal(before.GetValueOrDefault(unitId) + 1, afterResult[unitId]);
        Assert.Equal(before.Where(s => s.Key != unitId), afterResult.Where(s => s.Key != unitId));
        Assert.Equal(afterResult, afterAssignment);
    }

    [Fact]
    public void The_demo_data_leaves_a_stamp_on_every_unit_that_has_figures()
    {
        var (stamped, withFigures) = factory.WithDb(db => (
            db.RollupStamps.Where(s => s.Version > 0).Select(s => s.UnitId).ToHashSet(),
            db.UnitMonthRollups.Select(r => r.UnitId).Distinct().ToList()));

        Assert.NotEmpty(withFigures);
        Assert.All(withFigures, unitId => Assert.Contains(unitId, stamped));
    }

    private static Dictionary<int, long> Stamps(AppDbContext db) =>
        db.RollupStamps.AsNoTracking().ToDictionary(s => s.UnitId, s => s.Version);
}
