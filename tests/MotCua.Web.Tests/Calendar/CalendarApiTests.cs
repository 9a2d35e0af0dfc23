using System.Net;
using System.Text.Json;

namespace MotCua.Web.Tests.Calendar;

public sealed class CalendarApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Due_date_after_the_cutoff_before_Tet_counts_from_the_Monday_after_Tet_and_says_why()
    {
        var (status, body) = await GetJsonAsync(
            "/api/v1/calendar/due-date?receivedAt=2026-02-13T15:30%2B07:00&workingDays=3&cutoff=15:00");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2026-02-23", body.GetProperty("effectiveFrom").GetString());
        Assert.Equal("2026-02-26", body.GetProperty("dueDate").GetString());
        Assert.False(body.TryGetProperty("dueAt", out _));
        var explanation = body.GetProperty("explanation").EnumerateArray().ToList();
        Assert.Contains(explanation, e => e.GetProperty("date").GetString() == "2026-02-13"
            && e.GetProperty("reason").GetString()!.StartsWith("Nhận sau 15:00", StringComparison.Ordinal));
        Assert.Contains(explanation, e => e.GetProperty("date").GetString() == "2026-02-17"
            && e.GetProperty("reason").GetString() == "Tết Nguyên Đán");
    }

    [Fact]
    public async Task An_unencoded_plus_in_the_offset_is_still_read_as_plus_seven()
    {
        var (status, body) = await GetJsonAsync("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00+07:00&workingDays=3");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2026-03-13", body.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Due_date_by_procedure_uses_its_time_limit_and_cutoff()
    {
        // Đăng ký khai sinh (1.001193): 1 working day, cut-off 15:00; received Friday 16:00, counted from Monday.
        var (status, body) = await GetJsonAsync(
            "/api/v1/calendar/due-date?receivedAt=2026-03-13T16:00%2B07:00&procedureCode=1.001193");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2026-03-16", body.GetProperty("effectiveFrom").GetString());
        Assert.Equal("2026-03-17", body.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Hour_based_procedure_answers_with_a_due_instant()
    {
        // 2.000635: 4 working hours; 09:00 Tuesday + 4 working hours = 14:30 (lunch 11:30–13:00).
        var (status, body) = await GetJsonAsync(
            "/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00%2B07:00&procedureCode=2.000635");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2026-03-10", body.GetProperty("dueDate").GetString());
        Assert.Equal("2026-03-10T14:30:00+07:00", body.GetProperty("dueAt").GetString());
    }

    [Fact]
    public async Task Year_2026_lists_the_make_up_saturday_and_Tet_but_no_ordinary_weekend()
    {
        var (status, body) = await GetJsonAsync("/api/v1/calendar/2026");

        Assert.Equal(HttpStatusCode.OK, status);
        var days = body.EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d);
        Assert.Equal("working-saturday", days["2026-01-10"].GetProperty("kind").GetString());
        Assert.Equal("day-off", days["2026-01-02"].GetProperty("kind").GetString());
        Assert.Equal("compensatory", days["2026-04-27"].GetProperty("kind").GetString());
        foreach (var tet in new[] { "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20" })
        {
            Assert.Equal("holiday", days[tet].GetProperty("kind").GetString());
            Assert.Equal("Tết Nguyên Đán", days[tet].GetProperty("name").GetString());
        }

        Assert.False(days.ContainsKey("2026-03-07"));
    }

    [Theory]
    [InlineData("/api/v1/calendar/due-date?workingDays=3", "receivedAt")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=hom-qua&workingDays=3", "receivedAt")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00&workingDays=3", "receivedAt")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10&workingDays=3", "receivedAt")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=1990-03-10T09:00%2B07:00&workingDays=3", "receivedAt")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00%2B07:00&workingDays=-1", "workingDays")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00%2B07:00&workingDays=3651", "workingDays")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00%2B07:00&workingDays=ba", "workingDays")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00%2B07:00&workingDays=99999999999", "workingDays")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00%2B07:00", "workingDays")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00%2B07:00&workingDays=3&procedureCode=1.001193", "procedureCode")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00%2B07:00&procedureCode=9.999999", "procedureCode")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00%2B07:00&workingDays=3&cutoff=25:00", "cutoff")]
    [InlineData("/api/v1/calendar/due-date?receivedAt=2026-03-10T09:00%2B07:00&workingDays=3&cutoff=3pm", "cutoff")]
    [InlineData("/api/v1/calendar/1899", "year")]
    [InlineData("/api/v1/calendar/2200", "year")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter_in_Vietnamese(string path, string parameter)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var messages = body.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Matches("[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụýỳỷỹỵéèẻẽẹóòỏõọ]", m));
    }

    [Fact]
    public async Task The_openapi_document_describes_both_calendar_endpoints()
    {
        var (status, body) = await GetJsonAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, status);
        var paths = body.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/calendar/due-date", out var dueDate));
        Assert.Equal("GetDueDate", dueDate.GetProperty("get").GetProperty("operationId").GetString());
        Assert.True(paths.TryGetProperty("/api/v1/calendar/{year}", out _));
    }
}
