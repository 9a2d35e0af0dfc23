using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Leader;

/// <summary>
/// The dashboard keeps its figures (and the sums of ended months) in memory, but a change saved since shows at once:
/// it raises the units' rollup stamp, so the next request computes the figures again. Every breakdown still equals
/// the rollups recounted.
/// </summary>
public sealed class DashboardLiveFiguresTests(LiveFiguresFactory factory) : IClassFixture<LiveFiguresFactory>
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
            var dossier = ResolveOne(db, today, out var before);
            Assert.Equal(before + 1, Resolved(db, dossier.ProcedureId, today));
            return (Name: db.Procedures.Single(p => p.Id == dossier.ProcedureId).Name, Resolved: before + 1);
        });

        var page = await client.GetPageAsync($"/lanh-dao?{period}");

        var row = DashboardTests.Row(page, "by-procedure", procedure.Name);
        Assert.Equal(procedure.Resolved.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), row[2]);
    }

    [Fact]
    public async Task A_result_recorded_after_the_report_was_shown_is_in_the_report_shown_next()
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao@motcua.local");
        var path = $"/lanh-dao/bao-cao?tu={today:yyyy-MM}&den={today:yyyy-MM}";
        var before = ResolvedTotal(await client.GetPageAsync(path));

        factory.WithDb(db => ResolveOne(db, today, out _));
        var after = ResolvedTotal(await client.GetPageAsync(path));

        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task A_result_recorded_after_a_drill_down_was_shown_is_in_its_total_next_time()
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao@motcua.local");
        var path = $"/lanh-dao/ho-so?tu={today:yyyy-MM}&den={today:yyyy-MM}&loai=Resolved";
        int DrillTotal(string html) => int.Parse(Total(html), System.Globalization.NumberStyles.AllowThousands, Vietnamese);
        var before = DrillTotal(await client.GetPageAsync(path));

        var code = factory.WithDb(db => ResolveOne(db, today, out _).Code);
        var after = await client.GetPageAsync(path);

        Assert.Equal(before + 1, DrillTotal(after));
        Assert.Contains(code, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_recorded_after_the_public_pages_were_shown_is_on_them_next_time()
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var visitor = FormClient.For(factory);
        int HomeResolved(string html) => int.Parse(
            System.Text.RegularExpressions.Regex.Match(html, "id=\"figure-resolved\">([^<]+)<").Groups[1].Value,
            System.Globalization.NumberStyles.AllowThousands, Vietnamese);
        int BoardResolved(string html, string unit) => int.Parse(
            DashboardTests.Row(html, "scoreboard", unit)[2], System.Globalization.NumberStyles.AllowThousands, Vietnamese);
        var (homeBefore, boardBefore) = (await visitor.GetPageAsync("/"), await visitor.GetPageAsync("/cong-khai"));

        var unit = factory.WithDb(db =>
        {
            var dossier = ResolveOne(db, today, out _);
            return db.Units.Single(u => u.Id == dossier.ReceivingUnitId).Name;
        });
        var (homeAfter, boardAfter) = (await visitor.GetPageAsync("/"), await visitor.GetPageAsync("/cong-khai"));

        Assert.Equal(HomeResolved(homeBefore) + 1, HomeResolved(homeAfter));
        Assert.Equal(BoardResolved(boardBefore, unit) + 1, BoardResolved(boardAfter, unit));
    }

    [Theory]
    [InlineData("Received")]
    [InlineData("Resolved")]
    [InlineData("OnTime")]
    [InlineData("Late")]
    public async Task Drill_down_totals_equal_the_dossiers_counted_from_the_table(string kind)
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var from = today.AddMonths(-11);
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao@motcua.local");
        var (start, end) = (VietnamTime.At(new DateOnly(from.Year, from.Month, 1), TimeOnly.MinValue),
            VietnamTime.At(new DateOnly(today.Year, today.Month, 1).AddMonths(1), TimeOnly.MinValue));
        var (all, busiest) = factory.WithDb(db =>
        {
            var units = LeaderUnits(db);
            var dossiers = db.Dossiers.AsNoTracking().Where(d => units.Contains(d.ReceivingUnitId));
            dossiers = kind switch
            {
                "Received" => dossiers.Where(d => d.ReceivedAt >= start && d.ReceivedAt < end),
                _ => dossiers.Where(d => d.Outcome != null && d.CompletedAt >= start && d.CompletedAt < end),
            };
            dossiers = kind switch
            {
                "Late" => dossiers.Where(d => d.Outcome == Timeliness.Late || d.SupplementRequestCount > 1),
                "OnTime" => dossiers.Where(d => d.Outcome != Timeliness.Late && d.SupplementRequestCount <= 1),
                _ => dossiers,
            };
            var perProcedure = dossiers.GroupBy(d => d.ProcedureId).Select(g => new { g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Count).First();
            return (dossiers.Count(), (perProcedure.Key, perProcedure.Count));
        });
        var period = $"tu={from:yyyy-MM}&den={today:yyyy-MM}&loai={kind}";

        var province = await client.GetPageAsync($"/lanh-dao/ho-so?{period}");
        var oneProcedure = await client.GetPageAsync($"/lanh-dao/ho-so?{period}&tt={busiest.Key}");

        Assert.True(all > 0, "the demo should have dossiers of every kind");
        Assert.Equal(all.ToString("N0", Vietnamese), Total(province));
        Assert.Equal(busiest.Count.ToString("N0", Vietnamese), Total(oneProcedure));
        Assert.Equal(Math.Min(busiest.Count, 20), DashboardTests.Rows(oneProcedure, "dossier-list").Count);
    }

    [Theory]
    [InlineData("lanhdao.xa@motcua.local", "Received")] // a commune: one unit's dossiers
    [InlineData("lanhdao.xa@motcua.local", "Resolved")]
    [InlineData("lanhdao@motcua.local", "Late")] // the province: its own and its communes'
    public async Task Drill_down_pages_list_the_leaders_dossiers_newest_first(string leader, string kind)
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var from = today.AddMonths(-11);
        var client = FormClient.For(factory);
        await client.LoginAsync(leader);
        var (start, end) = (VietnamTime.At(new DateOnly(from.Year, from.Month, 1), TimeOnly.MinValue),
            VietnamTime.At(new DateOnly(today.Year, today.Month, 1).AddMonths(1), TimeOnly.MinValue));
        var expected = factory.WithDb(db =>
        {
            var units = LeaderUnits(db, leader);
            var dossiers = db.Dossiers.AsNoTracking().Where(d => units.Contains(d.ReceivingUnitId)).ToList();
            return (kind == "Received"
                    ? dossiers.Where(d => d.ReceivedAt >= start && d.ReceivedAt < end).OrderByDescending(d => d.ReceivedAt)
                    : dossiers.Where(d => d.Outcome != null && d.CompletedAt >= start && d.CompletedAt < end)
                        .Where(d => kind != "Late" || d.Outcome == Timeliness.Late || d.SupplementRequestCount > 1)
                        .OrderByDescending(d => d.CompletedAt))
                .ThenByDescending(d => d.Id).Select(d => d.Code).Take(40).ToList();
        });
        var period = $"tu={from:yyyy-MM}&den={today:yyyy-MM}&loai={kind}";

        var first = await client.GetPageAsync($"/lanh-dao/ho-so?{period}");
        var second = await client.GetPageAsync($"/lanh-dao/ho-so?{period}&trang=2");

        Assert.True(expected.Count > 20, $"the demo should give {leader} two pages of {kind}");
        Assert.Equal(expected[..20], DashboardTests.Rows(first, "dossier-list").Select(r => r[0]));
        Assert.Equal(expected[20..], DashboardTests.Rows(second, "dossier-list").Select(r => r[0]).Take(expected.Count - 20));
    }

    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    private static string Total(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "id=\"drill-total\">([^<]*)<").Groups[1].Value;

    /// <summary>Records the result of the first dossier in processing of the leader's units, now.</summary>
    private static Dossier ResolveOne(MotCua.Infrastructure.Persistence.AppDbContext db, DateOnly today, out int resolvedBefore)
    {
        var units = LeaderUnits(db);
        var dossier = db.Dossiers.Include(d => d.Transitions).Include(d => d.Pauses)
            .Where(d => d.Status == DossierStatus.InProcessing && units.Contains(d.ReceivingUnitId))
            .OrderBy(d => d.Id).First();
        resolvedBefore = Resolved(db, dossier.ProcedureId, today);
        dossier.Resolve(DateTimeOffset.UtcNow, new Actor(null, "Cán bộ kiểm thử"));
        db.SaveChanges();
        return dossier;
    }

    /// <summary>The "resolved" column of the report's total row.</summary>
    private static int ResolvedTotal(string html) => int.Parse(
        DashboardTests.Rows(html, "report-table").Single(r => r.Length > 1 && r[1] == "Tổng cộng")[7],
        System.Globalization.NumberStyles.AllowThousands, Vietnamese);

    /// <summary>Results of the procedure in the leader's units over the 12 months, recounted from the rollup rows.</summary>
    private static int Resolved(MotCua.Infrastructure.Persistence.AppDbContext db, int procedureId, DateOnly today)
    {
        var units = LeaderUnits(db);
        var (from, to) = (today.AddMonths(-11).Year * 100 + today.AddMonths(-11).Month, today.Year * 100 + today.Month);
        return db.PeriodRollups.AsNoTracking()
            .Where(r => r.ProcedureId == procedureId && units.Contains(r.UnitId) && r.Month >= from && r.Month <= to)
            .Sum(r => r.ResolvedEarly + r.ResolvedOnTime + r.ResolvedLate);
    }

    private static List<int> LeaderUnits(MotCua.Infrastructure.Persistence.AppDbContext db, string leader = "lanhdao@motcua.local")
    {
        var leaderUnit = db.Users.Single(u => u.Email == leader).UnitId;
        return db.Units.Where(u => u.Id == leaderUnit || u.ParentId == leaderUnit).Select(u => u.Id).ToList();
    }
}

/// <summary>A demo large enough that each test of the class has a dossier of its own to resolve.</summary>
public sealed class LiveFiguresFactory : PortalFactory
{
    protected override int DemoDossiers => 1000;
}
