using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Application.Dossiers;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Web.Tests.Officer;

/// <summary>
/// Online dossiers waiting in a unit's queue (status 1), created through the domain like a citizen's submission.
/// The demo data has only a handful of them, so each test makes its own.
/// </summary>
public static partial class OfficerTestData
{
    /// <summary>Every page of a work list (<c>/can-bo/xu-ly?{query}</c>) concatenated, following "next" up to 50 pages.</summary>
    public static async Task<string> WorkListAllPagesAsync(FormClient client, string query)
    {
        var pages = new List<string>();
        for (var number = 1; number <= 50; number++)
        {
            var page = await client.GetPageAsync($"/can-bo/xu-ly?{query}&trang={number}");
            pages.Add(page);
            if (!page.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                break;
            }
        }

        return string.Concat(pages);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PortalFactory, Dictionary<string, FormClient>> Clients = [];
    private static int _sequence;

    /// <summary>
    /// A client signed in once per test class and reused: the login page is rate limited per address, and a test
    /// class signs in far more often than a person would. <paramref name="session"/> tells two sessions apart.
    /// </summary>
    public static async Task<FormClient> SignedInAsync(PortalFactory factory, string email, int session = 0)
    {
        var clients = Clients.GetOrCreateValue(factory);
        var key = $"{email}#{session}";
        FormClient? client;
        lock (clients)
        {
            clients.TryGetValue(key, out client);
        }

        if (client is not null)
        {
            return client;
        }

        client = FormClient.For(factory);
        var response = await client.LoginAsync(email);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        lock (clients)
        {
            clients[key] = client;
        }

        return client;
    }

    /// <summary>A new status-1 dossier in the unit of <paramref name="officerEmail"/>; returns its code.</summary>
    /// <param name="age">How long ago it was submitted: old ones sort to the top of the queue's first page.</param>
    public static string CreateSubmitted(IServiceProvider services, string officerEmail, string applicantName, TimeSpan? age = null)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unitId = db.Users.Where(u => u.Email == officerEmail).Select(u => u.UnitId).Single();
        var unit = db.Units.Single(u => u.Id == unitId);
        var procedure = db.Procedures
            .Where(p => p.IsActive && p.OnlineLevel != Domain.Procedures.OnlineLevel.CounterOnly && p.ReceivingUnits.Any(r => r.UnitId == unitId))
            .OrderBy(p => p.Id)
            .First();
        var now = DateTimeOffset.UtcNow;
        var submittedAt = now - (age ?? TimeSpan.FromDays(400));
        var code = scope.ServiceProvider.GetRequiredService<IDossierCodeAllocator>()
            .NextAsync(unitId, unit.Code, Domain.Calendar.VietnamTime.LocalDate(now), CancellationToken.None)
            .GetAwaiter().GetResult();
        var number = Interlocked.Increment(ref _sequence);
        var dossier = Dossier.Create(
            code,
            TrackingKey.Hash("TESTKEY" + number.ToString(CultureInfo.InvariantCulture)),
            procedure,
            unitId,
            Channel.Online,
            DeliveryMethod.Counter,
            new Applicant
            {
                FullName = applicantName,
                CitizenId = "0341990" + (10000 + number).ToString(CultureInfo.InvariantCulture),
                Phone = "0912345678",
                Address = "Số 3 đường Điện Biên, phường Phố Hiến",
            },
            submittedAt,
            Actor.Applicant);
        db.Dossiers.Add(dossier);
        db.SaveChanges();
        return code;
    }

    public static Dossier Load(IServiceProvider services, string code)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Dossiers.AsNoTracking()
            .Include(d => d.Transitions)
            .Include(d => d.SupplementRequests)
            .Include(d => d.ReceivedPapers)
            .Single(d => d.Code == code);
    }

    /// <summary>The version the dossier page put in its action forms.</summary>
    public static int VersionOnPage(string html) => int.Parse(
        VersionPattern().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
