using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Leader;

/// <summary>
/// The dashboard keeps the sums of ended months for a while, but a change in the running month shows at once, and
/// every breakdown still equals the rollups recounted.
/// </summary>
public sealed class DashboardLiveFiguresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_result_recorded_now_shows_at_once_in_a_period_that_also_holds_ended_months()
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var period = $"tu={today.AddMonths(-11):yyyy-MM}&den={today:yyyy-MM}";
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao@motcua.local");
        await client.GetPageAsync($"/lanh-dao?{period}"); // fills the ended months' sums

        var procedure = factory.WithDb(db =>
        {
            var units = LeaderUnits(db);
            var dossier = db.Dossiers.Include(d => d.Transitions).Include(d => d.Pauses)
                .Where(d => d.Status == DossierStatus.InProcessing && units.Contains(d.ReceivingUnitId))
                .OrderBy(d => d.Id).First();
            var before = Resolved(db, dossier.ProcedureId, today);
            dossier.Resolve(DateTimeOffset.UtcNow, new Actor(null, "Cán bộ kiểm thử"));
            db.SaveChanges();
            Assert.Equal(before + 1, Resolved(db, dossier.ProcedureId, today));
            return (Name: db.Procedures.Single(p => p.Id == dossier.ProcedureId).Name, Resolved: before + 1);
        });

        var page = await client.GetPageAsync($"/lanh-dao?{period}");

        var row = DashboardTests.Row(page, "by-procedure", procedure.Name);
        Assert.Equal(procedure.Resolved.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), row[2]);
    }

    /// <summary>Results of the procedure in the leader's units over the 12 months, recounted from the rollup rows.</summary>
    private static int Resolved(MotCua.Infrastructure.Persistence.AppDbContext db, int procedureId, DateOnly today)
    {
        var units = LeaderUnits(db);
        var (from, to) = (today.AddMonths(-11).Year * 100 + today.AddMonths(-11).Month, today.Year * 100 + today.Month);
        return db.PeriodRollups.AsNoTracking()
            .Where(r => r.ProcedureId == procedureId && units.Contains(r.UnitId) && r.Month >= from && r.Month <= to)
            .Sum(r => r.ResolvedEarly + r.ResolvedOnTime + r.ResolvedLate);
    }

    private static List<int> LeaderUnits(MotCua.Infrastructure.Persistence.AppDbContext db)
    {
        var leaderUnit = db.Users.Single(u => u.Email == "lanhdao@motcua.local").UnitId;
        return db.Units.Where(u => u.Id == leaderUnit || u.ParentId == leaderUnit).Select(u => u.Id).ToList();
    }
}
