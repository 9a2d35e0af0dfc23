using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Infrastructure.Reporting;

namespace MotCua.Web.Tests.Reporting;

/// <summary>The period rollups kept by every save must equal a full recount from the dossiers and their history.</summary>
public sealed class RollupRecountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Rollups_written_while_the_demo_dossiers_were_played_equal_a_recount_from_the_dossier_table()
    {
        var (dossiers, rollups, histogram) = factory.WithDb(db => (
            db.Dossiers.AsNoTracking().Include(d => d.Transitions).Include(d => d.Rating).ToList(),
            db.PeriodRollups.AsNoTracking().ToList(),
            db.ProcessingTimeRollups.AsNoTracking().ToList()));
        Assert.NotEmpty(dossiers);

        // The demo has no calendar overrides, so the rule-built calendar is the one in force.
        var year = DateTime.UtcNow.Year;
        var calendar = WorkingCalendar.ForYears(year - 2, year + 2);
        var recount = new Dictionary<(int, int, int, Channel), long[]>();
        var buckets = new Dictionary<(int, int, int), int>();
        foreach (var d in dossiers)
        {
            var accepted = false;
            var supplements = 0;
            long[] At(DateTimeOffset at)
            {
                var key = (d.ReceivingUnitId, d.ProcedureId, PeriodRollup.MonthOf(at), d.Channel);
                if (!recount.TryGetValue(key, out var c))
                {
                    recount[key] = c = new long[13];
                }

                return c;
            }

            foreach (var t in d.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id))
            {
                var c = At(t.At);
                switch (t.To)
                {
                    case DossierStatus.Accepted:
                        accepted = true;
                        c[0]++;
                        c[8] += d.DeliveryMethod == DeliveryMethod.Online ? 1 : 0;
                        break;
                    case DossierStatus.Refused when !accepted:
                        c[1]++;
                        break;
                    case DossierStatus.Refused or DossierStatus.Withdrawn or DossierStatus.Stopped when accepted:
                        c[5]++;
                        break;
                    case DossierStatus.SupplementRequested:
                        c[6]++;
                        c[9] += ++supplements == 1 ? 1 : 0;
                        break;
                    case DossierStatus.Resolved:
                        c[d.Outcome == Timeliness.Late || d.SupplementRequestCount > 1 ? 4 : d.Outcome == Timeliness.Early ? 2 : 3]++;
                        var days = calendar.WorkingDaysBetween(d.EffectiveFrom!.Value, VietnamTime.LocalDate(t.At)).Count();
                        c[10] += days;
                        var bucket = (d.ReceivingUnitId, PeriodRollup.MonthOf(t.At), Math.Min(days, 31));
                        buckets[bucket] = buckets.GetValueOrDefault(bucket) + 1;
                        break;
                    case DossierStatus.Returned:
                        c[7]++;
                        break;
                }
            }

            if (d.Rating is { } rating)
            {
                var c = At(rating.RatedAt);
                c[11]++;
                c[12] += (rating.Result + rating.Attitude + rating.TimeTaken) >= 12 ? 1 : 0;
            }
        }

        var expected = recount.Where(kv => kv.Value.Any(v => v > 0))
            .ToDictionary(kv => kv.Key, kv => string.Join(',', kv.Value));
        var actual = rollups.ToDictionary(
            r => (r.UnitId, r.ProcedureId, r.Month, r.Channel),
            r => string.Join(',', new long[]
            {
                r.Received, r.Refused, r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate, r.ClosedWithoutResult,
                r.SupplementRequests, r.Returned, r.ElectronicResults, r.DossiersWithSupplement, r.ProcessingWorkingDays,
                r.Ratings, r.RatingsSatisfied,
            }));
        Assert.Equal(expected.OrderBy(kv => kv.Key), actual.Where(kv => kv.Value.Split(',').Any(v => v != "0")).OrderBy(kv => kv.Key));
        Assert.Equal(
            buckets.OrderBy(kv => kv.Key),
            histogram.Where(h => h.Resolved > 0).ToDictionary(h => (h.UnitId, h.Month, h.WorkingDays), h => h.Resolved).OrderBy(kv => kv.Key));
        Assert.True(rollups.Sum(r => r.Received) > 100, "the demo should have received most of its dossiers");
        Assert.True(rollups.Sum(r => r.DossiersWithSupplement) > 0, "the demo asks some dossiers for a supplement");
        Assert.True(rollups.Sum(r => r.Ratings) > 0, "some demo applicants rate their result");
        Assert.True(histogram.Select(h => h.WorkingDays).Distinct().Count() > 3, "results should take a spread of working days");
    }

    [Fact]
    public void Day_rollups_summed_per_month_equal_the_monthly_rollups()
    {
        var (days, months) = factory.WithDb(db => (
            db.DayRollups.AsNoTracking()
                .GroupBy(r => new { r.UnitId, r.ProcedureId, Month = r.Day / 100, r.Channel })
                .Select(g => new PeriodRollup
                {
                    UnitId = g.Key.UnitId, ProcedureId = g.Key.ProcedureId, Month = g.Key.Month, Channel = g.Key.Channel,
                    Received = g.Sum(r => r.Received), ResolvedEarly = g.Sum(r => r.ResolvedEarly),
                    ResolvedOnTime = g.Sum(r => r.ResolvedOnTime), ResolvedLate = g.Sum(r => r.ResolvedLate),
                    ClosedWithoutResult = g.Sum(r => r.ClosedWithoutResult), DossiersWithSupplement = g.Sum(r => r.DossiersWithSupplement),
                    ElectronicResults = g.Sum(r => r.ElectronicResults), ProcessingWorkingDays = g.Sum(r => r.ProcessingWorkingDays),
                    Ratings = g.Sum(r => r.Ratings), RatingsSatisfied = g.Sum(r => r.RatingsSatisfied),
                })
                .ToList(),
            db.PeriodRollups.AsNoTracking().ToList()));
        var (dayHistogram, monthHistogram) = factory.WithDb(db => (
            db.ProcessingTimeDayRollups.AsNoTracking()
                .GroupBy(h => new { h.UnitId, Month = h.Day / 100, h.WorkingDays })
                .Select(g => $"{g.Key.UnitId}|{g.Key.Month}|{g.Key.WorkingDays}|{g.Sum(h => h.Resolved)}")
                .ToList(),
            db.ProcessingTimeRollups.AsNoTracking().Where(h => h.Resolved > 0)
                .Select(h => $"{h.UnitId}|{h.Month}|{h.WorkingDays}|{h.Resolved}")
                .ToList()));

        Assert.Equal(DayCounters(months), DayCounters(days));
        Assert.Equal(monthHistogram.Order(StringComparer.Ordinal), dayHistogram.Order(StringComparer.Ordinal));
        Assert.True(factory.WithDb(db => db.DayRollups.Select(r => r.Day).Distinct().Count()) > 100, "the demo spreads its events over the year");
    }

    [Fact]
    public async Task The_one_time_fill_rebuilds_from_the_dossier_history_the_day_rollups_the_saves_wrote()
    {
        var written = DayRows(factory);
        factory.WithDb(db => db.DayRollups.ExecuteDelete() + db.ProcessingTimeDayRollups.ExecuteDelete() + db.UnitDayRollups.ExecuteDelete());

        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DayRollupBackfill>().RunIfNeededAsync(CancellationToken.None);
        }

        var filled = DayRows(factory);
        Assert.NotEmpty(written.Days);
        Assert.Equal(written.Days, filled.Days);
        Assert.Equal(written.Histogram, filled.Histogram);
        Assert.Equal(written.Units, filled.Units);
    }

    [Fact]
    public void Unit_day_rollups_equal_the_per_procedure_day_rollups_summed()
    {
        var rows = DayRows(factory);
        var summed = factory.WithDb(db => db.DayRollups.AsNoTracking().ToList())
            .GroupBy(r => (r.UnitId, r.Day, r.Channel))
            .Select(g => UnitDayLine(g.Key.UnitId, g.Key.Day, g.Key.Channel, [.. g.Select(r => new long[]
            {
                r.Received, r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate, r.ClosedWithoutResult, r.DossiersWithSupplement,
                r.ElectronicResults, r.ProcessingWorkingDays, r.Ratings, r.RatingsSatisfied,
            })]))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(rows.Units);
        Assert.Equal(summed, rows.Units);
    }

    private static string UnitDayLine(int unitId, int day, Channel channel, List<long[]> rows) =>
        $"{unitId}|{day}|{channel}|{string.Join(',', Enumerable.Range(0, rows[0].Length).Select(i => rows.Sum(r => r[i])))}";

    private static (List<string> Days, List<string> Histogram, List<string> Units) DayRows(PortalFactory factory) => factory.WithDb(db => (
        db.DayRollups.AsNoTracking().ToList()
            .Select(r => $"{r.UnitId}|{r.ProcedureId}|{r.Day}|{r.Channel}|{r.Received},{r.ResolvedEarly},{r.ResolvedOnTime},{r.ResolvedLate},{r.ClosedWithoutResult},{r.DossiersWithSupplement},{r.ElectronicResults},{r.ProcessingWorkingDays},{r.Ratings},{r.RatingsSatisfied}")
            .Order(StringComparer.Ordinal).ToList(),
        db.ProcessingTimeDayRollups.AsNoTracking().ToList()
            .Select(h => $"{h.UnitId}|{h.Day}|{h.WorkingDays}|{h.Resolved}")
            .Order(StringComparer.Ordinal).ToList(),
        db.UnitDayRollups.AsNoTracking().ToList()
            .Select(r => UnitDayLine(r.UnitId, r.Day, r.Channel, [[
                r.Received, r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate, r.ClosedWithoutResult, r.DossiersWithSupplement,
                r.ElectronicResults, r.ProcessingWorkingDays, r.Ratings, r.RatingsSatisfied,
            ]]))
            .Order(StringComparer.Ordinal).ToList()));

    /// <summary>The counters a day row keeps, per unit, procedure, month and channel; rows with none of them left out.</summary>
    private static List<string> DayCounters(IEnumerable<PeriodRollup> rows) => rows
        .Select(r => (Key: $"{r.UnitId}|{r.ProcedureId}|{r.Month}|{r.Channel}", Counters: new long[]
        {
            r.Received, r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate, r.ClosedWithoutResult, r.DossiersWithSupplement,
            r.ElectronicResults, r.ProcessingWorkingDays, r.Ratings, r.RatingsSatisfied,
        }))
        .Where(r => r.Counters.Any(c => c != 0))
        .Select(r => $"{r.Key}|{string.Join(',', r.Counters)}")
        .Order(StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void Unit_monthly_rollups_equal_the_per_procedure_rollups_summed()
    {
        Assert.Equal(PerProcedureSummed(factory), UnitRows(factory));
        Assert.NotEmpty(UnitRows(factory));
    }

    /// <summary>The per-procedure rollups summed per unit, month and channel, rows with nothing left out.</summary>
    internal static List<string> PerProcedureSummed(PortalFactory factory) => factory.WithDb(db => db.PeriodRollups.AsNoTracking()
            .GroupBy(r => new { r.UnitId, r.Month, r.Channel })
            .Select(g => new UnitMonthRollup
            {
                UnitId = g.Key.UnitId,
                Month = g.Key.Month,
                Channel = g.Key.Channel,
                Received = g.Sum(r => r.Received),
                ResolvedEarly = g.Sum(r => r.ResolvedEarly),
                ResolvedOnTime = g.Sum(r => r.ResolvedOnTime),
                ResolvedLate = g.Sum(r => r.ResolvedLate),
                ClosedWithoutResult = g.Sum(r => r.ClosedWithoutResult),
                DossiersWithSupplement = g.Sum(r => r.DossiersWithSupplement),
                ElectronicResults = g.Sum(r => r.ElectronicResults),
                ProcessingWorkingDays = g.Sum(r => r.ProcessingWorkingDays),
                Ratings = g.Sum(r => r.Ratings),
                RatingsSatisfied = g.Sum(r => r.RatingsSatisfied),
            })
            .ToList())
        .Select(Line)
        .Where(line => line is not null)
        .Order(StringComparer.Ordinal)
        .ToList()!;

    internal static List<string> UnitRows(PortalFactory factory) => factory.WithDb(db => db.UnitMonthRollups.AsNoTracking().ToList())
        .Select(Line)
        .Where(line => line is not null)
        .Order(StringComparer.Ordinal)
        .ToList()!;

    /// <summary>The row as text, or null when every counter is zero.</summary>
    private static string? Line(UnitMonthRollup r)
    {
        long[] counters =
        [
            r.Received, r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate, r.ClosedWithoutResult, r.DossiersWithSupplement,
            r.ElectronicResults, r.ProcessingWorkingDays, r.Ratings, r.RatingsSatisfied,
        ];
        return counters.All(c => c == 0) ? null : $"{r.UnitId}|{r.Month}|{r.Channel}|{string.Join(',', counters)}";
    }
}
