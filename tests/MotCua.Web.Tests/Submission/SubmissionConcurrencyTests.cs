using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;

namespace MotCua.Web.Tests.Submission;

/// <summary>Its own factory: it counts every dossier of the unit for today.</summary>
public sealed class SubmissionConcurrencyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Two_hundred_concurrent_submissions_get_distinct_gap_free_codes()
    {
        var http = factory.CreateClient();
        var before = SubmissionApi.DossierCount(factory);

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await SubmissionApi.PostAsync(http, SubmissionApi.ValidForm($"Người nộp số {i}"));
            return (response.StatusCode, Code: (await SubmissionApi.JsonAsync(response)).TryGetProperty("code", out var c) ? c.GetString() : null);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(200, responses.Select(r => r.Code).Distinct().Count());
        Assert.Equal(before + 200, SubmissionApi.DossierCount(factory));

        var prefix = $"{SubmissionApi.UnitCodeOfFirstReceiver(factory)}-{VietnamTime.LocalDate(DateTimeOffset.UtcNow).ToString("yyMMdd", CultureInfo.InvariantCulture)}-";
        var numbers = factory.WithDb(db => db.Dossiers.AsNoTracking().Where(d => d.Code.StartsWith(prefix)).Select(d => d.Code).ToList())
            .Select(c => int.Parse(c[prefix.Length..], CultureInfo.InvariantCulture))
            .Order()
            .ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }
}
