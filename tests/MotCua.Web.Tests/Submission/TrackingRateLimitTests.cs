using System.Net;

namespace MotCua.Web.Tests.Submission;

/// <summary>Its own factory: the lookup budget is per client address and would leak into other tests.</summary>
public sealed class TrackingRateLimitTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Too_many_lookups_get_429_with_retry_after()
    {
        var http = factory.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 21; i++)
        {
            last?.Dispose();
            last = await http.GetAsync(new Uri($"/api/v1/dossiers/KHONG-CO-{i}?key=AAAAAAAAAA", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("60", last.Headers.GetValues("Retry-After").Single());
        last.Dispose();
    }
}
