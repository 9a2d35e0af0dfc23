using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MotCua.Web.Tests.Catalog;

public sealed partial class CatalogSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string BirthRegistration = "Đăng ký khai sinh";

    [Theory]
    [InlineData("dang ky khai sinh")]
    [InlineData("ĐĂNG KÝ KHAI SINH")]
    [InlineData("đăng ký khai sinh")]
    [InlineData("  Dang   KY khai SINH ")]
    public async Task Search_ignores_diacritics_and_case_on_the_page(string text)
    {
        var page = await FormClient.For(factory).GetPageAsync("/thu-tuc?q=" + Uri.EscapeDataString(text));

        Assert.Contains(BirthRegistration, ProcedureNames(page));
        // The exact name comes first, before "Đăng ký lại khai sinh" and other names holding the same words.
        Assert.Equal(BirthRegistration, ProcedureNames(page)[0]);
    }

    [Theory]
    [InlineData("dang ky khai sinh")]
    [InlineData("ĐĂNG KÝ KHAI SINH")]
    [InlineData("đăng ký khai sinh")]
    public async Task Search_ignores_diacritics_and_case_in_the_api(string text)
    {
        var json = await GetJsonAsync("/api/v1/procedures?q=" + Uri.EscapeDataString(text));

        var first = json.GetProperty("items")[0];
        Assert.Equal(BirthRegistration, first.GetProperty("name").GetString());
        Assert.Equal("1.001193", first.GetProperty("code").GetString());
        Assert.Equal("full", first.GetProperty("onlineLevel").GetString());
        Assert.Equal(1, first.GetProperty("processingDays").GetInt32());
        Assert.Equal("working-days", first.GetProperty("processingUnit").GetString());
        Assert.Equal("Hộ tịch", first.GetProperty("field").GetString());
        Assert.True(json.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task Every_word_must_match_in_any_order()
    {
        var page = await FormClient.For(factory).GetPageAsync("/thu-tuc?q=" + Uri.EscapeDataString("sinh khai"));
        var names = ProcedureNames(page);

        Assert.Contains(BirthRegistration, names);
        Assert.All(names, n => Assert.Contains("khai sinh", n, StringComparison.OrdinalIgnoreCase));

        var none = await FormClient.For(factory).GetPageAsync("/thu-tuc?q=" + Uri.EscapeDataString("khai sinh xây dựng"));
        Assert.Empty(ProcedureNames(none));
    }

    [Fact]
    public async Task A_name_found_nowhere_says_so()
    {
        var page = await FormClient.For(factory).GetPageAsync("/thu-tuc?q=" + Uri.EscapeDataString("cấp phép bay vũ trụ"));

        Assert.Contains("Không tìm thấy thủ tục phù hợp", page, StringComparison.Ordinal);
        Assert.Empty(ProcedureNames(page));
    }

    [Fact]
    public async Task Field_filter_shows_only_procedures_of_that_field()
    {
        var expected = factory.WithDb(db => db.Procedures.Where(p => p.IsActive && p.Field!.Code == "HT")
            .Select(p => p.Name).ToList());

        var page = await FormClient.For(factory).GetPageAsync("/thu-tuc?linhVuc=HT");
        var json = await GetJsonAsync("/api/v1/procedures?field=HT&pageSize=100");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), ProcedureNames(page).Order(StringComparer.Ordinal));
        Assert.Contains($"Tìm thấy <strong>{expected.Count}</strong> thủ tục", page, StringComparison.Ordinal);
        Assert.Equal(expected.Count, json.GetProperty("total").GetInt32());
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Equal("Hộ tịch", i.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task Online_level_filter_keeps_only_fully_online_procedures()
    {
        var expected = factory.WithDb(db => db.Procedures
            .Count(p => p.IsActive && p.OnlineLevel == Domain.Procedures.OnlineLevel.Full));

        var page = await FormClient.For(factory).GetPageAsync("/thu-tuc?muc=toan-trinh");

        Assert.Contains($"Tìm thấy <strong>{expected}</strong> thủ tục", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Chỉ tiếp nhận trực tiếp</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_shows_twenty_a_page_with_the_total_and_a_navigation()
    {
        var total = factory.WithDb(db => db.Procedures.Count(p => p.IsActive));
        Assert.True(total > 20, "the demo catalogue should need two pages");
        var client = FormClient.For(factory);

        var pageCount = (total + 19) / 20;

        var first = await client.GetPageAsync("/thu-tuc");
        var second = await client.GetPageAsync("/thu-tuc?trang=2");
        var everyName = new List<string>();
        for (var i = 1; i <= pageCount; i++)
        {
            everyName.AddRange(ProcedureNames(await client.GetPageAsync($"/thu-tuc?trang={i}")));
        }

        Assert.Equal(20, ProcedureNames(first).Count);
        Assert.Equal(total, everyName.Distinct().Count());
        Assert.Equal(total, everyName.Count);
        Assert.Contains($"Tìm thấy <strong>{total}</strong> thủ tục", first, StringComparison.Ordinal);
        Assert.Contains($"trang 2 / {pageCount}", second, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Phân trang kết quả\">", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/thu-tuc?trang=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\" aria-label=\"Trang 2\"", second, StringComparison.Ordinal);

        var api = await GetJsonAsync($"/api/v1/procedures?page={pageCount}&pageSize=20");
        Assert.Equal(total, api.GetProperty("total").GetInt32());
        Assert.Equal(total - ((pageCount - 1) * 20), api.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Paging_links_keep_the_search_and_filters()
    {
        var page = await FormClient.For(factory).GetPageAsync("/thu-tuc?q=dang+ky&muc=toan-trinh&trang=1");

        Assert.Contains("name=\"q\" value=\"dang ky\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"toan-trinh\" selected=\"selected\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=1.5", "pageSize")]
    public async Task Api_rejects_a_bad_page_or_page_size_naming_the_parameter(string query, string parameter)
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/procedures?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name {parameter}: {problem}");
    }

    [Fact]
    public async Task Catalogue_page_tolerates_a_bad_page_number()
    {
        var page = await FormClient.For(factory).GetPageAsync("/thu-tuc?trang=0");

        Assert.Equal(20, ProcedureNames(page).Count);
    }

    [Fact]
    public async Task Home_page_offers_the_search_the_fields_the_most_used_and_this_years_figures()
    {
        var (popular, fieldCount) = factory.WithDb(db => (
            db.Procedures.Where(p => p.IsActive).OrderByDescending(p => p.Popularity).Take(8).Select(p => p.Name).ToList(),
            db.Procedures.Count(p => p.IsActive && p.Field!.Code == "HT")));

        var page = await FormClient.For(factory).GetPageAsync("/");

        Assert.Contains("<form method=\"get\" action=\"/thu-tuc\" role=\"search\"", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"home-q\"", page, StringComparison.Ordinal);
        Assert.Equal(popular, ProcedureNames(page));
        Assert.Matches($"<a href=\"/thu-tuc\\?linhVuc=HT\">Hộ tịch</a>\\s*<span[^>]*>{fieldCount} ", page);
        Assert.Contains("id=\"figure-received\"", page, StringComparison.Ordinal);
        Assert.Matches("id=\"figure-on-time\">\\d+,\\d\\d(\\s|&#xA0;)?%", page);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static List<string> ProcedureNames(string html) =>
        ProcedureLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<h3 class=\"h5 procedure-name\"><a href=\"/thu-tuc/[^\"]+\">([^<]+)</a></h3>")]
    private static partial Regex ProcedureLink();
}
