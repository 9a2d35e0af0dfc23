using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Application.Common;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Web.Tests.Officer;

public static partial class OfficerTestData
{
    /// <summary>
    /// An accepted dossier in processing in the unit of <paramref name="receptionEmail"/>, moved through the domain,
    /// with its due date then set to a known day so each tab's rule can be checked.
    /// </summary>
    public static string CreateInProcessing(
        IServiceProvider services, string receptionEmail, string applicantName, DateOnly dueDate,
        string? assignTo = null, bool supplement = false, bool resolve = false)
    {
        var code = OfficerTestData.CreateSubmitted(services, receptionEmail, applicantName, TimeSpan.FromDays(3));
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var calendar = scope.ServiceProvider.GetRequiredService<IWorkingCalendarProvider>().GetAsync().AsTask().GetAwaiter().GetResult();
        var dossier = db.Dossiers.Include(d => d.Transitions).Include(d => d.Pauses).Include(d => d.Extensions)
            .Include(d => d.SupplementRequests).Single(d => d.Code == code);
        var officer = new Actor(null, "Cán bộ kiểm thử");
        var at = DateTimeOffset.UtcNow.AddDays(-2);
        dossier.Accept(at, officer, calendar);
        dossier.StartProcessing(at.AddMinutes(5), officer);
        if (assignTo is not null)
        {
            dossier.AssignTo(db.Users.Where(u => u.Email == assignTo).Select(u => u.Id).Single(), at.AddMinutes(6));
        }

        if (supplement)
        {
            dossier.RequestSupplement(at.AddMinutes(10), officer, ["Bản sao giấy khai sinh"]);
        }

        db.SaveChanges();
        db.Dossiers.Where(d => d.Code == code).ExecuteUpdate(s => s
            .SetProperty(d => d.DueDate, dueDate)
            .SetProperty(d => d.AppointmentDate, dueDate)
            .SetProperty(d => d.DueAt, (DateTimeOffset?)null));
        if (resolve)
        {
            using var again = services.CreateScope();
            var db2 = again.ServiceProvider.GetRequiredService<AppDbContext>();
            var reloaded = db2.Dossiers.Include(d => d.Transitions).Single(d => d.Code == code);
            reloaded.Resolve(at.AddMinutes(20), officer);
            db2.SaveChanges();
        }

        return code;
    }
}
