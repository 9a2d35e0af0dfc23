using System.Net;
using System.Text.Json;

namespace MotCua.Web.Tests.Calendar;

public sealed class CalendarAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Page2026 = "/quan-tri/lich-lam-viec/2026";

    private async Task<string> DueDateAsync(string receivedAt, int days)
    {
        var json = await factory.CreateClient().GetStringAsync(new Uri(
            $"/api/v1/calendar/due-date?receivedAt={Uri.EscapeDataString(receivedAt)}&workingDays={days}", UriKind.Relative));
        return JsonDocument.Parse(json).RootElement.GetProperty("dueDate").GetString()!;
    }

    private static async Task<FormClient> AdminAsync(PortalFactory factory)
    {
        var client = FormClient.For(factory);
        await client.LoginAsync("admin@motcua.local");
        return client;
    }

    [Fact]
    public async Task A_day_off_added_by_the_admin_moves_the_public_due_date_and_is_audited()
    {
        Assert.Equal("2026-06-12", await DueDateAsync("2026-06-09T09:00+07:00", 3));
        var admin = await AdminAsync(factory);

        var response = await admin.PostFormAsync($"{Page2026}?handler=Add", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-06-10",
            ["Input.Kind"] = "DayOff",
            ["Input.Reason"] = "Nghỉ theo Công văn số 99/UBND-VX",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("2026-06-15", await DueDateAsync("2026-06-09T09:00+07:00", 3));
        var page = await admin.GetPageAsync(Page2026);
        Assert.Contains("Nghỉ theo Công văn số 99/UBND-VX", page, StringComparison.Ordinal);
        Assert.Contains("Quản trị điều chỉnh", page, StringComparison.Ordinal);
        var year = await factory.CreateClient().GetStringAsync(new Uri("/api/v1/calendar/2026", UriKind.Relative));
        Assert.Contains("Nghỉ theo Công văn số 99/UBND-VX", year, StringComparison.Ordinal);
        Assert.Contains("calendar.override.add", factory.WithDb(db => db.AuditEntries
            .Where(a => a.Subject == "2026-06-10").Select(a => a.Action).ToList()));
    }

    [Fact]
    public async Task Removing_an_override_restores_the_published_day_off()
    {
        var admin = await AdminAsync(factory);
        await admin.PostFormAsync($"{Page2026}?handler=Add", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-09-01",
            ["Input.Kind"] = "WorkingDay",
            ["Input.Reason"] = "Chỉ nghỉ ngày 2/9",
        });
        Assert.Equal("2026-09-01", await DueDateAsync("2026-08-31T09:00+07:00", 1));
        var id = factory.WithDb(db => db.CalendarOverrides.Single(o => o.Date == new DateOnly(2026, 9, 1)).Id);

        var response = await admin.PostFormAsync($"{Page2026}?handler=Remove&id={id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("2026-09-03", await DueDateAsync("2026-08-31T09:00+07:00", 1));
        Assert.Contains("calendar.override.remove", factory.WithDb(db => db.AuditEntries
            .Where(a => a.Subject == "2026-09-01").Select(a => a.Action).ToList()));
    }

    [Theory]
    [InlineData("2027-03-10", "DayOff", "Lý do", "Ngày phải thuộc năm 2026.")]
    [InlineData("2026-03-13", "WorkingSaturday", "Lý do", "Ngày làm bù phải là Thứ Bảy")]
    [InlineData("2026-02-17", "DayOff", "Lý do", "đã là ngày nghỉ (Tết Nguyên Đán)")]
    [InlineData("2026-03-11", "DayOff", "", "Vui lòng nhập lý do")]
    [InlineData("", "DayOff", "Lý do", "Vui lòng nhập ngày.")]
    public async Task Invalid_overrides_are_refused_with_a_message_next_to_the_field(
        string date, string kind, string reason, string message)
    {
        var admin = await AdminAsync(factory);

        var response = await admin.PostFormAsync($"{Page2026}?handler=Add", new Dictionary<string, string>
        {
            ["Input.Date"] = date,
            ["Input.Kind"] = kind,
            ["Input.Reason"] = reason,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("field-validation-error", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(0, factory.WithDb(db => db.CalendarOverrides.Count(o => o.Reason == "Lý do")));
    }

    [Fact]
    public async Task A_second_override_on_the_same_date_is_refused()
    {
        var admin = await AdminAsync(factory);
        var fields = new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-11-02",
            ["Input.Kind"] = "DayOff",
            ["Input.Reason"] = "Nghỉ lần một",
        };
        await admin.PostFormAsync($"{Page2026}?handler=Add", fields);

        fields["Input.Reason"] = "Nghỉ lần hai";
        var response = await admin.PostFormAsync($"{Page2026}?handler=Add", fields);

        Assert.Contains("đã có điều chỉnh", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, factory.WithDb(db => db.CalendarOverrides.Count(o => o.Date == new DateOnly(2026, 11, 2))));
    }

    [Fact]
    public async Task The_admin_home_links_to_the_calendar_and_other_roles_cannot_open_it()
    {
        var admin = await AdminAsync(factory);
        Assert.Contains("href=\"/quan-tri/lich-lam-viec\"", await admin.GetPageAsync("/quan-tri"), StringComparison.Ordinal);

        var officer = FormClient.For(factory);
        await officer.LoginAsync("lanhdao@motcua.local");
        var response = await officer.Http.GetAsync(new Uri(Page2026, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-co-quyen", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
