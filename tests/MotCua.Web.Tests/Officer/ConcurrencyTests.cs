using System.Globalization;
using System.Net;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Officer;

public sealed class ConcurrencyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "tiepnhan@motcua.local";
    private const string Conflict = "Hồ sơ vừa được người khác cập nhật";

    [Fact]
    public async Task Of_two_officers_acting_on_the_same_version_the_second_is_told_to_reload_and_changes_nothing()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, Officer, "Vũ Thị Song Song");
        var first = await OfficerTestData.SignedInAsync(factory, Officer);
        var second = await OfficerTestData.SignedInAsync(factory, Officer, session: 1);
        var version = OfficerTestData.VersionOnPage(await first.GetPageAsync($"/can-bo/ho-so/{code}"));
        Assert.Equal(version, OfficerTestData.VersionOnPage(await second.GetPageAsync($"/can-bo/ho-so/{code}")));

        var accepted = await PostAsync(first, code, "Accept", version, []);
        var late = await PostAsync(second, code, "Supplement", version, new() { ["Input.MissingItems"] = "Bản sao giấy khai sinh\nTờ khai có chữ ký" });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/can-bo/ho-so/{code}/mau/1", accepted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = await late.Content.ReadAsStringAsync();
        Assert.Contains(Conflict, page, StringComparison.Ordinal);
        Assert.Contains("Tải lại hồ sơ", page, StringComparison.Ordinal);
        Assert.Contains("Bản sao giấy khai sinh", page, StringComparison.Ordinal); // what was typed is kept
        var dossier = OfficerTestData.Load(factory.Services, code);
        Assert.Equal(DossierStatus.Accepted, dossier.Status);
        Assert.Equal(0, dossier.SupplementRequestCount);
        Assert.Empty(dossier.SupplementRequests);
    }

    [Fact]
    public async Task A_double_click_on_accept_accepts_once_and_explains_the_second_click()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, Officer, "Đinh Văn Hai Lần");
        var client = await OfficerTestData.SignedInAsync(factory, Officer);
        var version = OfficerTestData.VersionOnPage(await client.GetPageAsync($"/can-bo/ho-so/{code}"));

        var once = await PostAsync(client, code, "Accept", version, []);
        var twice = await PostAsync(client, code, "Accept", version, []);

        Assert.Equal(HttpStatusCode.Redirect, once.StatusCode);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains(Conflict, await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var dossier = OfficerTestData.Load(factory.Services, code);
        Assert.Single(dossier.Transitions, t => t.To == DossierStatus.Accepted);
    }

    [Fact]
    public async Task An_action_the_status_no_longer_allows_is_refused_with_the_vietnamese_rule()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, Officer, "Mai Thị Trạng Thái");
        var client = await OfficerTestData.SignedInAsync(factory, Officer);
        await UnitScopeTests.ActAsync(client, code, "Refuse", new() { ["Input.Reason"] = "Không thuộc thẩm quyền của phường" });
        var current = OfficerTestData.Load(factory.Services, code).Version;

        var response = await PostAsync(client, code, "Accept", current, []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Không thể chuyển hồ sơ từ trạng thái “Không được tiếp nhận” sang “Được tiếp nhận”",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Refused, OfficerTestData.Load(factory.Services, code).Status);
    }

    private static Task<HttpResponseMessage> PostAsync(
        FormClient client, string code, string handler, int version, Dictionary<string, string> fields)
    {
        fields["Input.Version"] = version.ToString(CultureInfo.InvariantCulture);
        return client.PostWithTokenFromAsync("/can-bo/tiep-nhan", $"/can-bo/ho-so/{code}?handler={handler}", fields);
    }
}
