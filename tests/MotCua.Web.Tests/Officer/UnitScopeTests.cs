using System.Net;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Officer;

public sealed class UnitScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string PhoHien = "tiepnhan@motcua.local";
    private const string SonNam = "tiepnhan2@motcua.local";

    [Fact]
    public async Task Each_reception_officer_sees_only_the_online_dossiers_of_their_own_unit()
    {
        var phoHien = OfficerTestData.CreateSubmitted(factory.Services, PhoHien, "Phạm Văn Phố");
        var sonNam = OfficerTestData.CreateSubmitted(factory.Services, SonNam, "Đỗ Thị Sơn");

        var first = await OfficerTestData.SignedInAsync(factory, PhoHien);
        var firstQueue = await first.GetPageAsync("/can-bo/tiep-nhan/truc-tuyen");
        var second = await OfficerTestData.SignedInAsync(factory, SonNam);
        var secondQueue = await second.GetPageAsync("/can-bo/tiep-nhan/truc-tuyen");

        Assert.Contains(phoHien, firstQueue, StringComparison.Ordinal);
        Assert.Contains("Phạm Văn Phố", firstQueue, StringComparison.Ordinal);
        Assert.DoesNotContain(sonNam, firstQueue, StringComparison.Ordinal);
        Assert.Contains(sonNam, secondQueue, StringComparison.Ordinal);
        Assert.DoesNotContain(phoHien, secondQueue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("/mau/1", false)]
    [InlineData("/mau/2", false)]
    [InlineData("/mau/3", true)]
    public async Task Another_units_dossier_is_not_found_whatever_page_is_asked_for(string suffix, bool refused)
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, PhoHien, "Nguyễn Văn Khác");
        var owner = await OfficerTestData.SignedInAsync(factory, PhoHien);
        if (refused)
        {
            await ActAsync(owner, code, "Refuse", new() { ["Input.Reason"] = "Không thuộc thẩm quyền" });
        }
        else
        {
            await ActAsync(owner, code, "Accept", []);
            await ActAsync(owner, code, "Supplement", new() { ["Input.MissingItems"] = "Tờ khai" });
        }

        var stranger = await OfficerTestData.SignedInAsync(factory, SonNam);
        var path = new Uri($"/can-bo/ho-so/{code}{suffix}", UriKind.Relative);
        var strangers = await stranger.Http.GetAsync(path);
        var owners = await owner.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, owners.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangers.StatusCode);
        Assert.DoesNotContain("Nguyễn Văn Khác", await strangers.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Accept")]
    [InlineData("Supplement")]
    [InlineData("Refuse")]
    [InlineData("Start")]
    public async Task Another_units_officer_cannot_act_on_a_dossier_and_it_stays_unchanged(string handler)
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, PhoHien, "Trần Thị Vững");
        var stranger = await OfficerTestData.SignedInAsync(factory, SonNam);

        var response = await stranger.PostWithTokenFromAsync(
            "/can-bo/tiep-nhan",
            $"/can-bo/ho-so/{code}?handler={handler}",
            new Dictionary<string, string>
            {
                ["Input.Version"] = "0",
                ["Input.MissingItems"] = "Tờ khai",
                ["Input.Reason"] = "Không thuộc thẩm quyền",
            });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var dossier = OfficerTestData.Load(factory.Services, code);
        Assert.Equal(DossierStatus.Submitted, dossier.Status);
        Assert.Single(dossier.Transitions);
    }

    [Theory]
    [InlineData("/can-bo/tiep-nhan/truc-tuyen")]
    [InlineData("/can-bo/tiep-nhan")]
    [InlineData("/can-bo/ho-so/000.01.40.H31-250101-0001")]
    [InlineData("/can-bo/ho-so/000.01.40.H31-250101-0001/mau/1")]
    public async Task Officer_pages_send_anonymous_visitors_to_the_login_page(string path)
    {
        var response = await FormClient.For(factory).Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/dang-nhap", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_officer_of_the_unit_sees_the_applicants_personal_data_and_the_view_is_audited()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, PhoHien, "Lê Thị Riêng Tư");
        var owner = await OfficerTestData.SignedInAsync(factory, PhoHien);

        var page = await owner.GetPageAsync($"/can-bo/ho-so/{code}");

        Assert.Contains("Lê Thị Riêng Tư", page, StringComparison.Ordinal);
        Assert.Contains("0912345678", page, StringComparison.Ordinal);
        Assert.Contains("Tiếp nhận hồ sơ và in giấy hẹn", page, StringComparison.Ordinal);
        Assert.Equal(1, factory.WithDb(db => db.AuditEntries.Count(a => a.Action == "dossier.view" && a.Subject == code)));
    }

    [Fact]
    public async Task A_processing_officer_of_the_unit_is_not_offered_reception_actions()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, PhoHien, "Hoàng Văn Chờ");
        var specialist = await OfficerTestData.SignedInAsync(factory, "chuyenvien@motcua.local");

        var page = await specialist.GetPageAsync($"/can-bo/ho-so/{code}");
        var response = await specialist.PostWithTokenFromAsync(
            $"/can-bo/ho-so/{code}", $"/can-bo/ho-so/{code}?handler=Accept", new Dictionary<string, string> { ["Input.Version"] = "0" });

        Assert.DoesNotContain("Tiếp nhận hồ sơ và in giấy hẹn", page, StringComparison.Ordinal);
        Assert.Contains("không được giao nhiệm vụ tiếp nhận", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Submitted, OfficerTestData.Load(factory.Services, code).Status);
    }

    /// <summary>Posts an action of the dossier page with the version the page shows, as the officer would.</summary>
    internal static async Task ActAsync(FormClient client, string code, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetPageAsync($"/can-bo/ho-so/{code}");
        fields["Input.Version"] = OfficerTestData.VersionOnPage(page).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await client.PostWithTokenFromAsync($"/can-bo/ho-so/{code}", $"/can-bo/ho-so/{code}?handler={handler}", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler} on {code} answered {(int)response.StatusCode}");
    }
}
