using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Application.Common;
using MotCua.Application.Dossiers;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Web.Tests.Officer;

/// <summary>
/// Dossiers of "Đăng ký kết hôn có yếu tố nước ngoài" (15 working days; the commune checks, Sở Tư pháp verifies, the
/// commune signs) accepted and in processing at Phường Phố Hiến, created through the domain.
/// </summary>
public static partial class HandoffTestData
{
    public const string LiaisonProcedureCode = "1.001695";

    private static int _sequence;

    /// <param name="unitOf">An officer of the receiving unit (default: the commune's reception).</param>
    public static string CreateInProcessing(IServiceProvider services, string applicantName, string unitOf = "tiepnhan@motcua.local")
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unitId = db.Users.Where(u => u.Email == unitOf).Select(u => u.UnitId).Single();
        var unit = db.Units.Single(u => u.Id == unitId);
        var procedure = db.Procedures.Single(p => p.Code == LiaisonProcedureCode);
        var calendar = scope.ServiceProvider.GetRequiredService<IWorkingCalendarProvider>().GetAsync().AsTask().GetAwaiter().GetResult();
        var now = DateTimeOffset.UtcNow;
        var code = scope.ServiceProvider.GetRequiredService<IDossierCodeAllocator>()
            .NextAsync(unitId, unit.Code, Domain.Calendar.VietnamTime.LocalDate(now), CancellationToken.None)
            .GetAwaiter().GetResult();
        var number = Interlocked.Increment(ref _sequence);
        var officer = new Actor(null, "Nguyễn Thị Lan");
        var dossier = Dossier.Create(
            code, TrackingKey.Hash("HANDOFF" + number.ToString(CultureInfo.InvariantCulture)), procedure, unitId,
            Channel.Counter, DeliveryMethod.Counter,
            new Applicant
            {
                FullName = applicantName,
                CitizenId = "0341991" + (20000 + number).ToString(CultureInfo.InvariantCulture),
                Phone = "0912345679",
            },
            now.AddMinutes(-30), officer);
        dossier.Accept(now.AddMinutes(-30), officer, calendar);
        dossier.StartProcessing(now.AddMinutes(-20), officer);
        db.Dossiers.Add(dossier);
        db.SaveChanges();
        return code;
    }

    public static int UnitIdOf(PortalFactory factory, string email) =>
        factory.WithDb(db => db.Users.Where(u => u.Email == email).Select(u => u.UnitId).Single());

    public static string UserIdOf(PortalFactory factory, string email) =>
        factory.WithDb(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).Single());

    public static Dossier LoadWithSheet(PortalFactory factory, string code) =>
        factory.WithDb(db => db.Dossiers.AsNoTracking().Include(d => d.ControlSheet).Single(d => d.Code == code));

    /// <summary>Posts a page handler with repeated fields (checkboxes), with the antiforgery token of <paramref name="tokenPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostManyAsync(
        FormClient client, string tokenPage, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = TokenPattern().Match(await client.GetPageAsync(tokenPage));
        Assert.True(token.Success, $"No antiforgery token on {tokenPage}");
        using var content = new FormUrlEncodedContent(
            fields.Append(new("__RequestVerificationToken", token.Groups[1].Value)));
        return await client.Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static async Task<HttpResponseMessage> HandOffAsync(FormClient client, string code, int version, int toUnitId, string note = "")
    {
        var response = await client.PostWithTokenFromAsync(
            $"/can-bo/ho-so/{code}",
            $"/can-bo/ho-so/{code}?handler=HandOff",
            new Dictionary<string, string>
            {
                ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
                ["Input.ToUnitId"] = toUnitId.ToString(CultureInfo.InvariantCulture),
                ["Input.HandOffNote"] = note,
            });
        return response;
    }

    public static void AssertRedirect(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"answered {(int)response.StatusCode}");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
