using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Reporting;

/// <summary>The period rollups kept by every save must equal a full recount from the dossiers and their history.</summary>
public sealed class RollupRecountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Rollups_written_while_the_demo_dossiers_were_played_equal_a_recount_from_the_dossier_table()
    {
        var (dossiers, rollups) = factory.WithDb(db => (
            db.Dossiers.AsNoTracking().Include(d => d.Transitions).ToList(),
            db.PeriodRollups.AsNoTracking().ToList()));
        Assert.NotEmpty(dossiers);

        var recount = new Dictionary<(int, int, int, Channel), int[]>();
        foreach (var d in dossiers)
        {
            var accepted = false;
            foreach (var t in d.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id))
            {
                var local = VietnamTime.LocalDate(t.At);
                var key = (d.ReceivingUnitId, d.ProcedureId, local.Year * 100 + local.Month, d.Channel);
                if (!recount.TryGetValue(key, out var c))
                {
                    recount[key] = c = new int[8];
                }

                switch (t.To)
                {
                    case DossierStatus.Accepted:
                        accepted = true;
                        c[0]++;
                        break;
                    case DossierStatus.Refused when !accepted:
                        c[1]++;
                        break;
                    case DossierStatus.Refused or DossierStatus.Withdrawn or DossierStatus.Stopped when accepted:
                        c[5]++;
                        break;
                    case DossierStatus.SupplementRequested:
                        c[6]++;
                        break;
                    case DossierStatus.Resolved:
                        c[d.Outcome == Timeliness.Late || d.SupplementRequestCount > 1 ? 4 : d.Outcome == Timeliness.Early ? 2 : 3]++;
                        break;
                    case DossierStatus.Returned:
                        c[7]++;
                        break;
                }
            }
        }

        var expected = recount.Where(kv => kv.Value.Any(v => v > 0))
            .ToDictionary(kv => kv.Key, kv => string.Join(',', kv.Value));
        var actual = rollups.ToDictionary(
            r => (r.UnitId, r.ProcedureId, r.Month, r.Channel),
            r => string.Join(',', new[] { r.Received, r.Refused, r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate, r.ClosedWithoutResult, r.SupplementRequests, r.Returned }));
        Assert.Equal(expected.OrderBy(kv => kv.Key), actual.Where(kv => kv.Value != "0,0,0,0,0,0,0,0").OrderBy(kv => kv.Key));
        Assert.True(rollups.Sum(r => r.Received) > 100, "the demo should have received most of its dossiers");
    }

    [Fact]
    public void Unit_monthly_rollups_equal_the_per_procedure_rollups_summed()
    {
        Assert.Equal(PerProcedureSummed(factory), UnitRows(factory));
        Assert.NotEmpty(UnitRows(factory));
    }

    /// <summary>The per-procedure rollups summed per unit, month and channel, rows with nothing left out.</summary>
    internal static List<string> PerProcedureSummed(PortalFactory factory) => factory.WithDb(db => db.PeriodRollups.AsNoTracking()
            .GroupBy(r => new { r.UnitId, r.Month, r.Channel })
            .Select(g => new
            {
                g.Key.UnitId, g.Key.Month, g.Key.Channel, Received = g.Sum(r => r.Received), Early = g.Sum(r => r.ResolvedEarly),
                OnTime = g.Sum(r => r.ResolvedOnTime), Late = g.Sum(r => r.ResolvedLate), Closed = g.Sum(r => r.ClosedWithoutResult),
            })
            .ToList())
        .Where(r => r.Received + r.Early + r.OnTime + r.Late + r.Closed != 0)
        .Select(r => $"{r.UnitId}|{r.Month}|{r.Channel}|{r.Received},{r.Early},{r.OnTime},{r.Late},{r.Closed}")
        .Order(StringComparer.Ordinal)
        .ToList();

    internal static List<string> UnitRows(PortalFactory factory) => factory.WithDb(db => db.UnitMonthRollups.AsNoTracking().ToList())
        .Where(r => r.Received + r.ResolvedEarly + r.ResolvedOnTime + r.ResolvedLate + r.ClosedWithoutResult != 0)
        .Select(r => $"{r.UnitId}|{r.Month}|{r.Channel}|{r.Received},{r.ResolvedEarly},{r.ResolvedOnTime},{r.ResolvedLate},{r.ClosedWithoutResult}")
        .Order(StringComparer.Ordinal)
        .ToList();
}
