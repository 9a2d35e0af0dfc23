using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MotCua.Domain.Calendar;

namespace MotCua.Web.Tests.Officer;

/// <summary>Every apology slip (Form 04) of a dossier can be printed again, each with its own appointments.</summary>
public sealed partial class ApologyReprintTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reception = "tiepnhan@motcua.local";
    private const string Specialist = "chuyenvien@motcua.local";
    private const string OtherUnitReception = "tiepnhan2@motcua.local";

    private static DateOnly Today => VietnamTime.LocalDate(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Each_apology_prints_its_own_new_appointment_and_the_one_it_replaced()
    {
        var due = Today.AddDays(-3);
        var first = Today.AddDays(7);
        var second = Today.AddDays(20);
        var code = await WithTwoApologiesAsync("Hà Thị Hẹn Hai Lần", due, first, second);
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var one = await client.GetPageAsync($"/can-bo/ho-so/{code}/mau/4/1");
        var two = await client.GetPageAsync($"/can-bo/ho-so/{code}/mau/4/2");
        var latest = await client.GetPageAsync($"/can-bo/ho-so/{code}/mau/4");

        Assert.Equal(Long(first), NewAppointment(one));
        Assert.Equal(Long(due), OriginalAppointment(one));
        Assert.Contains("Chờ kết quả đo đạc", one, StringComparison.Ordinal);
        Assert.DoesNotContain("Chờ ý kiến của Sở Xây dựng", one, StringComparison.Ordinal);
        Assert.Contains("Phiếu lần 1 trong 2 lần hẹn lại", one, StringComparison.Ordinal);

        Assert.Equal(Long(second), NewAppointment(two));
        Assert.Equal(Long(first), OriginalAppointment(two));
        Assert.Contains("Chờ ý kiến của Sở Xây dựng", two, StringComparison.Ordinal);

        Assert.Equal(Long(second), NewAppointment(latest));
    }

    [Fact]
    public async Task The_dossier_page_lists_every_apology_with_a_link_to_print_it()
    {
        var first = Today.AddDays(8);
        var second = Today.AddDays(21);
        var code = await WithTwoApologiesAsync("Hà Văn Xem Danh Sách", Today.AddDays(-2), first, second);
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var detail = await client.GetPageAsync($"/can-bo/ho-so/{code}");

        var list = detail[detail.IndexOf("id=\"apologies\"", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ol>", StringComparison.Ordinal)];
        Assert.Contains($"hẹn lại: <strong>{VietnamTime.Format(first)}</strong>", list, StringComparison.Ordinal);
        Assert.Contains($"hẹn lại: <strong>{VietnamTime.Format(second)}</strong>", list, StringComparison.Ordinal);
        Assert.Contains("Lý do: Chờ kết quả đo đạc", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/can-bo/ho-so/{code}/mau/4/1\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/can-bo/ho-so/{code}/mau/4/2\"", list, StringComparison.Ordinal);
        Assert.True(
            list.IndexOf(VietnamTime.Format(first), StringComparison.Ordinal) < list.IndexOf(VietnamTime.Format(second), StringComparison.Ordinal),
            "the apologies are listed in the order they were given");
    }

    [Fact]
    public async Task A_number_outside_the_dossiers_apologies_or_another_units_officer_gets_not_found()
    {
        var code = await WithTwoApologiesAsync("Hà Thị Không Có Lần Ba", Today.AddDays(-4), Today.AddDays(6), Today.AddDays(12));
        var never = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Hà Văn Chưa Xin Lỗi", Today.AddDays(3));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        var stranger = await OfficerTestData.SignedInAsync(factory, OtherUnitReception);

        foreach (var path in new[] { $"/can-bo/ho-so/{code}/mau/4/3", $"/can-bo/ho-so/{code}/mau/4/0", $"/can-bo/ho-so/{code}/mau/4/-1", $"/can-bo/ho-so/{never}/mau/4/1", $"/can-bo/ho-so/{never}/mau/4" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        foreach (var path in new[] { $"/can-bo/ho-so/{code}/mau/4/1", $"/can-bo/ho-so/{code}/mau/4/2", $"/can-bo/ho-so/{code}/mau/4" })
        {
            var response = await stranger.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Hà Thị Không Có Lần Ba", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private async Task<string> WithTwoApologiesAsync(string applicant, DateOnly due, DateOnly first, DateOnly second)
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, applicant, due);
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        await UnitScopeTests.ActAsync(client, code, "Apology", new()
        {
            ["Input.NewDueDate"] = Iso(first),
            ["Input.ApologyReason"] = "Chờ kết quả đo đạc",
        });
        await UnitScopeTests.ActAsync(client, code, "Apology", new()
        {
            ["Input.NewDueDate"] = Iso(second),
            ["Input.ApologyReason"] = "Chờ ý kiến của Sở Xây dựng",
        });
        return code;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Long(DateOnly d) => $"ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}";

    private static string NewAppointment(string page) => NewAppointmentPattern().Match(page).Groups[1].Value;

    private static string OriginalAppointment(string page) => OriginalAppointmentPattern().Match(page).Groups[1].Value;

    [GeneratedRegex("id=\"new-appointment\"><strong>([^<]+)</strong>")]
    private static partial Regex NewAppointmentPattern();

    [GeneratedRegex("id=\"original-appointment\">\\s*Thời gian hẹn trả kết quả giải quyết hồ sơ:\\s*<strong>([^<]+)</strong>")]
    private static partial Regex OriginalAppointmentPattern();
}
