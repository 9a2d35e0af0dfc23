using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Tests.Database;

namespace MotCua.Web.Tests.Leader;

/// <summary>
/// How a drill-down page reads the database. The late and on-time lists read their page through the SQLite index on
/// the expression they filter by (migration LateListIndex): the statement EF Core sends for the page is planned with
/// that index and needs no sort of its own, and the page still lists the right dossiers in order. The index is matched
/// by its expression, so a change in how EF Core writes the filter, or a table rebuild that drops the index, fails
/// here. And a signed-in page's statements share one connection, opened by the security stamp check.
/// </summary>
public sealed class DrillDownDatabaseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Index = "IX_Dossiers_ReceivingUnitId_Late_CompletedAt";

    [Theory]
    [InlineData("Late")]
    [InlineData("OnTime")]
    public async Task A_communes_late_or_on_time_list_reads_its_page_through_the_late_index(string kind)
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var from = today.AddMonths(-11);
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao.xa@motcua.local");
        var (start, end) = (VietnamTime.At(new DateOnly(from.Year, from.Month, 1), TimeOnly.MinValue),
            VietnamTime.At(new DateOnly(today.Year, today.Month, 1).AddMonths(1), TimeOnly.MinValue));
        var expected = factory.WithDb(db =>
        {
            var unitId = db.Users.Single(u => u.Email == "lanhdao.xa@motcua.local").UnitId;
            return db.Dossiers.AsNoTracking().Where(d => d.ReceivingUnitId == unitId).ToList()
                .Where(d => d.Outcome != null && d.CompletedAt >= start && d.CompletedAt < end)
                .Where(d => (d.Outcome == Timeliness.Late || d.SupplementRequestCount > 1) == (kind == "Late"))
                .OrderByDescending(d => d.CompletedAt).ThenByDescending(d => d.Id).Select(d => d.Code).Take(20).ToList();
        });

        using var database = new DatabaseEvents(factory.DatabasePath);
        var page = await client.GetPageAsync($"/lanh-dao/ho-so?tu={from:yyyy-MM}&den={today:yyyy-MM}&loai={kind}");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, DashboardTests.Rows(page, "dossier-list").Select(r => r[0]));
        var list = Assert.Single(database.Commands, c => c.Text.Contains("LIMIT 20 OFFSET", StringComparison.Ordinal));
        var plan = database.QueryPlan(list);
        Assert.Contains($"USING INDEX {Index} (ReceivingUnitId=? AND <expr>=?", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("RIGHT PART OF ORDER BY", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Overdue")]
    [InlineData("DueSoon")]
    public async Task A_communes_deadline_list_is_counted_and_paged_through_the_pending_index(string kind)
    {
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao.xa@motcua.local");

        using var database = new DatabaseEvents(factory.DatabasePath);
        var page = await client.GetPageAsync($"/lanh-dao/tien-do?loai={kind}");

        Assert.Contains("Tổng số", page, StringComparison.Ordinal);
        // Without statistics SQLite takes "ReceivingUnitId = ?" as selective and would read all of a commune's
        // dossiers (3 million at 10M) through an index on the unit; the pending ones are in the pending index.
        var statements = database.Commands.Where(c => c.Text.Contains("\"DueDate\" <=", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Contains(
            "USING COVERING INDEX IX_Dossiers_Status_DueDate_ReceivingUnitId_CurrentUnitId", database.QueryPlan(s), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_drill_down_page_runs_its_statements_on_the_scopes_open_pooled_connection()
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao@motcua.local");

        using var database = new DatabaseEvents(factory.DatabasePath);
        var page = await client.GetPageAsync($"/lanh-dao/ho-so?tu={today.AddMonths(-11):yyyy-MM}&den={today:yyyy-MM}&loai=Resolved");

        Assert.NotEmpty(DashboardTests.Rows(page, "dossier-list"));
        Assert.True(database.Commands.Count >= 4, $"stamps, units, total and page: {database.Commands.Count} statements");
        // The pool lends the scope a connection that is already open, with the statements it compiled before; EF Core
        // opening one per statement would compile them all again.
        Assert.Equal(0, database.ConnectionsOpened);
    }
}
