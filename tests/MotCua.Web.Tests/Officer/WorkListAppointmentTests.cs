using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Persistence;
using MotCua.Web.Tests.Database;

namespace MotCua.Web.Tests.Officer;

/// <summary>
/// The "due soon" and "overdue" tabs judge a dossier by its effective appointment: the apology's new date when one
/// was given, and for a paused dossier the moment its clock stopped.
/// </summary>
public sealed class WorkListAppointmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reception = "tiepnhan@motcua.local";
    private const string Specialist = "chuyenvien@motcua.local";

    private static DateOnly Today => VietnamTime.LocalDate(DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_assigned_to_me_list_counts_and_pages_from_the_assignee_index_alone()
    {
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        using var database = new DatabaseEvents(factory.DatabasePath);
        var page = await client.GetPageAsync("/can-bo/xu-ly?loai=cua-toi");

        Assert.Contains("<a href=\"/can-bo/ho-so/", page, StringComparison.Ordinal);
        // An officer may hold tens of thousands of pending dossiers: neither the count nor the page's ids read their rows.
        var statements = database.Commands.Where(c => c.Text.Contains("\"AssigneeId\" = ", StringComparison.Ordinal)
            && (c.Text.Contains("COUNT(*)", StringComparison.Ordinal) || c.Text.Contains("LIMIT", StringComparison.Ordinal))).ToList();
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Contains(
            "USING COVERING INDEX IX_Dossiers_AssigneeId_Status_AppointmentDate_ReceivingUnitId_CurrentUnitId", database.QueryPlan(s), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_late_dossier_with_a_new_appointment_is_due_soon_not_overdue_and_the_list_shows_the_new_date()
    {
        var extended = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Kiều Thị Hẹn Lại", Today.AddDays(-3));
        var tomorrow = Today.AddDays(1);
        Extend(extended, tomorrow);
        var late = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Kiều Văn Chưa Hẹn", Today.AddDays(-3));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var overdue = await OfficerTestData.WorkListAllPagesAsync(client, "loai=qua-han");
        var soon = await OfficerTestData.WorkListAllPagesAsync(client, "loai=sap-den-han");

        Assert.DoesNotContain($">{extended}</a>", overdue, StringComparison.Ordinal);
        Assert.Contains($">{late}</a>", overdue, StringComparison.Ordinal);
        Assert.Contains($">{extended}</a>", soon, StringComparison.Ordinal);
        Assert.Contains($"Hẹn lại: {VietnamTime.Format(tomorrow)}", soon, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dossier_paused_before_its_due_date_is_not_overdue_while_it_waits()
    {
        // Paused two days ago: due yesterday is still within time when the clock stopped; due a week ago is not.
        var pausedInTime = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Lạc Thị Chờ Bổ Sung", Today.AddDays(-1), supplement: true);
        var pausedLate = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Lạc Văn Đã Trễ", Today.AddDays(-7), supplement: true);
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var overdue = await OfficerTestData.WorkListAllPagesAsync(client, "loai=qua-han");
        var waiting = await OfficerTestData.WorkListAllPagesAsync(client, "loai=cho-bo-sung");

        Assert.DoesNotContain($">{pausedInTime}</a>", overdue, StringComparison.Ordinal);
        Assert.Contains($">{pausedLate}</a>", overdue, StringComparison.Ordinal);
        Assert.Contains($">{pausedInTime}</a>", waiting, StringComparison.Ordinal);
        Assert.False(Row(waiting, pausedInTime).Contains("Quá hạn", StringComparison.Ordinal));
        Assert.Contains("Quá hạn", Row(waiting, pausedLate), StringComparison.Ordinal);
    }

    private void Extend(string code, DateOnly newDueDate)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dossier = db.Dossiers.Include(d => d.Transitions).Include(d => d.Extensions).Single(d => d.Code == code);
        dossier.GrantExtension(DateTimeOffset.UtcNow, new Actor(null, "Cán bộ kiểm thử"), newDueDate, "Chờ phối hợp");
        db.SaveChanges();
    }

    private static string Row(string page, string code)
    {
        var at = page.IndexOf($">{code}</a>", StringComparison.Ordinal);
        Assert.True(at >= 0, $"{code} not listed");
        return page[at..page.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

}
