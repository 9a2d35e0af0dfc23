using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MotCua.Web.Tests.Catalog;

/// <summary>The portal with its clock stopped at Wednesday 29 Apr 2026, 16:00 in Hà Nội: after the 15:00 cut-off,
/// the day before the 30/4 and 1/5 holidays and a weekend.</summary>
public sealed class HolidayEveFactory : PortalFactory
{
    public static readonly DateTimeOffset Now = new(2026, 4, 29, 16, 0, 0, TimeSpan.FromHours(7));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new StoppedClock(Now));
        });
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

public sealed class ProcedureDetailTests(HolidayEveFactory factory) : IClassFixture<HolidayEveFactory>
{
    [Fact]
    public async Task Detail_page_shows_fee_time_limit_cutoff_and_the_expected_return_date_past_the_holidays()
    {
        var page = await FormClient.For(factory).GetPageAsync("/thu-tuc/1.001193");

        Assert.Contains("<h1 class=\"procedure-title\">Đăng ký khai sinh</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Dịch vụ công trực tuyến toàn trình", page, StringComparison.Ordinal);
        Assert.Contains("id=\"time-limit\">1 ngày làm việc<", page, StringComparison.Ordinal);
        Assert.Matches("id=\"fee\">\\s*Miễn phí", page);
        Assert.Contains("Hồ sơ nhận sau 15:00 được tính từ ngày làm việc tiếp theo", page, StringComparison.Ordinal);
        // Received at 16:00 on 29/4: counting starts on Monday 4/5 (30/4, 1/5 holidays, then the weekend); one day.
        Assert.Contains("Nếu nộp ngay bây giờ, ngày hẹn trả kết quả dự kiến là\n    <strong>05/05/2026</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Nhận sau 15:00: tính từ ngày làm việc tiếp theo (Thứ Hai 04/05/2026)", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/nop-ho-so/1.001193\"", page, StringComparison.Ordinal);
        var birthForm = factory.WithDb(db => db.Procedures.Where(p => p.Code == "1.001193").SelectMany(p => p.Papers)
            .Single(x => x.Name == "Tờ khai đăng ký khai sinh").Id);
        Assert.Contains($"href=\"/mau-don/{birthForm}\"", page, StringComparison.Ordinal);
        Assert.Contains("(to-khai-dang-ky-khai-sinh.pdf)", page, StringComparison.Ordinal);
        Assert.Contains("Phường Phố Hiến", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_procedure_with_a_fee_shows_it_in_dong_and_a_counter_only_one_has_no_online_button()
    {
        var (paid, counterOnly) = factory.WithDb(db => (
            db.Procedures.Where(p => p.IsActive && p.Fee > 0).Select(p => new { p.Code, p.Fee }).First(),
            db.Procedures.Where(p => p.IsActive && p.OnlineLevel == Domain.Procedures.OnlineLevel.CounterOnly)
                .Select(p => p.Code).FirstOrDefault()));
        var client = FormClient.For(factory);

        var paidPage = await client.GetPageAsync($"/thu-tuc/{paid.Code}");
        var fee = paid.Fee.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        Assert.Matches($"id=\"fee\">\\s*{Regex(fee)} đồng", paidPage);

        if (counterOnly is not null)
        {
            var counterPage = await client.GetPageAsync($"/thu-tuc/{counterOnly}");
            Assert.Contains("Chỉ tiếp nhận trực tiếp", counterPage, StringComparison.Ordinal);
            Assert.DoesNotContain("/nop-ho-so/", counterPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_code_shows_the_not_found_page()
    {
        var response = await FormClient.For(factory).Http.GetAsync(new Uri("/thu-tuc/9.999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_detail_has_papers_fee_time_limit_cutoff_steps_units_and_expected_date()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/procedures/1.001193", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Đăng ký khai sinh", json.GetProperty("name").GetString());
        Assert.Equal("HT", json.GetProperty("field").GetProperty("code").GetString());
        Assert.Equal(0m, json.GetProperty("fee").GetDecimal());
        Assert.Equal(1, json.GetProperty("processingDays").GetInt32());
        Assert.Equal("working-days", json.GetProperty("processingUnit").GetString());
        Assert.Equal("15:00", json.GetProperty("cutoff").GetString());
        Assert.Equal("2026-05-05", json.GetProperty("expectedReturnDate").GetString());
        var papers = json.GetProperty("papers");
        Assert.Equal("Tờ khai đăng ký khai sinh", papers[0].GetProperty("name").GetString());
        Assert.Equal("original", papers[0].GetProperty("kind").GetString());
        Assert.Equal($"/mau-don/{papers[0].GetProperty("id").GetInt32()}", papers[0].GetProperty("template").GetString());
        Assert.Equal(100, json.GetProperty("steps").EnumerateArray().Sum(s => s.GetProperty("sharePercent").GetInt32()));
        Assert.Contains(json.GetProperty("receivingUnits").EnumerateArray(), u => u.GetProperty("name").GetString() == "Phường Phố Hiến");
    }

    [Fact]
    public async Task Api_answers_404_problem_details_for_an_unknown_code()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/procedures/9.999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_procedure_endpoints()
    {
        var document = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"/api/v1/procedures\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/procedures/{code}\"", document, StringComparison.Ordinal);
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
