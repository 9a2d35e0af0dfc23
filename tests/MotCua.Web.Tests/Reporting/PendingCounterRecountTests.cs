using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Tests.Submission;

namespace MotCua.Web.Tests.Reporting;

/// <summary>
/// The "pending now" counters (per receiving unit and due date) must equal a recount of the pending dossiers, after
/// the demo was played and after live changes that enter, leave or move within them; the per-unit monthly rollups
/// must stay the per-procedure rollups summed.
/// </summary>
public sealed class PendingCounterRecountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Actor Officer = new(null, "Cán bộ kiểm thử");

    [Fact]
    public async Task Pending_counters_equal_a_recount_from_the_dossier_table_after_the_demo_and_after_live_changes()
    {
        AssertCountersEqualRecount();

        var (code, _) = await SubmissionApi.SubmitAsync(factory.CreateClient());
        var calendar = WorkingCalendar.ForYears(DateTime.UtcNow.Year - 2, DateTime.UtcNow.Year + 2);
        var now = DateTimeOffset.UtcNow;
        var pausedCode = factory.WithDb(db =>
        {
            // Enters the counters: accepted, the clock starts.
            Ledgers(db).Single(d => d.Code == code).Accept(now, Officer, calendar);

            var processing = Ledgers(db).Where(d => d.Status == DossierStatus.InProcessing).OrderBy(d => d.Id).Take(2).ToList();

            // Leaves them: the result is ready.
            processing[0].Resolve(now, Officer);

            // Stays in them while paused for a supplement.
            processing[1].RequestSupplement(now, Officer, ["Bản sao giấy khai sinh"]);
            db.SaveChanges();
            return processing[1].Code;
        });
        AssertCountersEqualRecount();

        var moved = factory.WithDb(db =>
        {
            // Moves within them: answering a week later closes the pause and pushes the due date.
            var paused = Ledgers(db).Single(d => d.Code == pausedCode);
            var before = paused.DueDate;
            paused.AnswerSupplement(now.AddDays(7), "Đã bổ sung", calendar);
            db.SaveChanges();
            return before != paused.DueDate;
        });
        Assert.True(moved, "a week's pause should move the due date");
        AssertCountersEqualRecount();
    }

    [Fact]
    public async Task Leader_dashboard_shows_pending_within_time_and_overdue_as_recounted_from_the_dossiers()
    {
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao@motcua.local");
        var html = await client.GetPageAsync("/lanh-dao");

        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var (within, overdue) = factory.WithDb(db =>
        {
            var leaderUnit = db.Users.Single(u => u.Email == "lanhdao@motcua.local").UnitId;
            var units = db.Units.Where(u => u.Id == leaderUnit || u.ParentId == leaderUnit).Select(u => u.Id).ToList();
            var pending = db.Dossiers.AsNoTracking()
                .Where(d => units.Contains(d.ReceivingUnitId) && DossierWorkflow.PendingStatuses.Contains(d.Status) && d.DueDate != null)
                .Select(d => d.DueDate!.Value)
                .ToList();
            return (pending.Count(d => d >= today), pending.Count(d => d < today));
        });
        Assert.True(within + overdue > 0, "the demo should have pending dossiers");
        Assert.Contains($"<span id=\"fig-pending-within\">{within:N0}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<span id=\"fig-pending-overdue\">{overdue:N0}</span>", html, StringComparison.Ordinal);
    }

    private static IQueryable<Dossier> Ledgers(MotCua.Infrastructure.Persistence.AppDbContext db) => db.Dossiers
        .Include(d => d.Transitions).Include(d => d.Pauses).Include(d => d.Extensions).Include(d => d.SupplementRequests)
        .AsSplitQuery();

    private void AssertCountersEqualRecount()
    {
        var (pending, counters) = factory.WithDb(db => (
            db.Dossiers.AsNoTracking()
                .Where(d => DossierWorkflow.PendingStatuses.Contains(d.Status) && d.DueDate != null)
                .Select(d => new { d.ReceivingUnitId, d.DueDate })
                .ToList(),
            db.PendingByDueDays.AsNoTracking().ToList()));
        Assert.NotEmpty(pending);

        var recount = pending.GroupBy(d => (d.ReceivingUnitId, DueDate: d.DueDate!.Value))
            .Select(g => $"{g.Key.ReceivingUnitId}|{g.Key.DueDate:yyyy-MM-dd}|{g.Count()}")
            .Order(StringComparer.Ordinal);
        var kept = counters.Select(c => $"{c.UnitId}|{c.DueDate:yyyy-MM-dd}|{c.Count}").Order(StringComparer.Ordinal);
        Assert.Equal(recount, kept);

        // The per-unit monthly rows move with the same changes.
        Assert.Equal(RollupRecountTests.PerProcedureSummed(factory), RollupRecountTests.UnitRows(factory));
    }
}
