using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Officer;

public sealed class FormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "tiepnhan@motcua.local";

    [Fact]
    public async Task Supplement_request_lists_every_missing_item_on_form_02_and_warns_before_a_second_request()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, Officer, "Bùi Thị Bổ Sung");
        var client = await OfficerTestData.SignedInAsync(factory, Officer);
        await UnitScopeTests.ActAsync(client, code, "Accept", []);

        var first = await client.GetPageAsync($"/can-bo/ho-so/{code}");
        await UnitScopeTests.ActAsync(client, code, "Supplement", new() { ["Input.MissingItems"] = "Bản sao trích lục khai sinh\r\n\r\nTờ khai có chữ ký của người yêu cầu\n" });
        var form = await client.GetPageAsync($"/can-bo/ho-so/{code}/mau/2");

        Assert.DoesNotContain("Yêu cầu bổ sung lần thứ hai sẽ bị tính là hồ sơ trễ hạn", first, StringComparison.Ordinal);
        Assert.Contains("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", form, StringComparison.Ordinal);
        Assert.Contains("Mẫu số 02", form, StringComparison.Ordinal);
        Assert.Contains("<li>Bản sao trích lục khai sinh</li>", form, StringComparison.Ordinal);
        Assert.Contains("<li>Tờ khai có chữ ký của người yêu cầu</li>", form, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.SupplementRequested, OfficerTestData.Load(factory.Services, code).Status);

        factory.WithDb(db =>
        {
            var dossier = db.Dossiers.Single(d => d.Code == code);
            db.Entry(dossier).Collection(d => d.Transitions).Load();
            db.Entry(dossier).Collection(d => d.Pauses).Load();
            db.Entry(dossier).Collection(d => d.SupplementRequests).Load();
            dossier.AnswerSupplement(DateTimeOffset.UtcNow, null, Domain.Calendar.WorkingCalendar.ForYears(2024, 2030));
            return db.SaveChanges();
        });
        var again = await client.GetPageAsync($"/can-bo/ho-so/{code}");
        Assert.Contains("Yêu cầu bổ sung lần thứ hai sẽ bị tính là hồ sơ trễ hạn", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusal_prints_form_03_with_the_reason_and_the_officer()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, Officer, "Cao Văn Từ Chối");
        var client = await OfficerTestData.SignedInAsync(factory, Officer);

        await UnitScopeTests.ActAsync(client, code, "Refuse", new() { ["Input.Reason"] = "Thủ tục thuộc thẩm quyền của Sở Tư pháp" });
        var form = await client.GetPageAsync($"/can-bo/ho-so/{code}/mau/3");

        Assert.Contains("Phiếu từ chối tiếp nhận giải quyết hồ sơ", form, StringComparison.Ordinal);
        Assert.Contains("Cộng hòa xã hội chủ nghĩa Việt Nam", form, StringComparison.Ordinal);
        Assert.Contains("Thủ tục thuộc thẩm quyền của Sở Tư pháp", form, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Lan", form, StringComparison.Ordinal);
        Assert.Contains("Cao Văn Từ Chối", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_without_a_reason_is_explained_and_the_dossier_stays_in_the_queue()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, Officer, "Tô Văn Thiếu Lý Do");
        var client = await OfficerTestData.SignedInAsync(factory, Officer);
        var page = await client.GetPageAsync($"/can-bo/ho-so/{code}");

        var response = await client.PostWithTokenFromAsync(
            $"/can-bo/ho-so/{code}",
            $"/can-bo/ho-so/{code}?handler=Refuse",
            new Dictionary<string, string> { ["Input.Version"] = OfficerTestData.VersionOnPage(page).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reason"] = "  " });

        Assert.Contains("Vui lòng ghi rõ lý do từ chối tiếp nhận.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Submitted, OfficerTestData.Load(factory.Services, code).Status);
    }

    [Fact]
    public async Task A_form_the_dossier_has_not_reached_does_not_exist()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, Officer, "Lý Văn Chưa Có");
        var client = await OfficerTestData.SignedInAsync(factory, Officer);

        var receipt = await client.Http.GetAsync(new Uri($"/can-bo/ho-so/{code}/mau/1", UriKind.Relative));
        var unknown = await client.Http.GetAsync(new Uri($"/can-bo/ho-so/{code}/mau/9", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, receipt.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
