using System.Net;
using System.Text.RegularExpressions;
using MotCua.Domain.Auditing;
using MotCua.Web.Tests.Officer;

namespace MotCua.Web.Tests.Admin;

public sealed partial class AuditLogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Admin = "admin@motcua.local";
    private const string Page = "/quan-tri/nhat-ky";

    [Fact]
    public async Task A_failed_login_appears_under_the_login_filter_in_vietnamese()
    {
        var failed = await FormClient.For(factory).LoginAsync("lanhdao.xa@motcua.local", "sai-mat-khau");
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var admin = await OfficerTestData.SignedInAsync(factory, Admin);

        var html = await admin.GetPageAsync($"{Page}?thaoTac=login&nguoi=Bùi Thị Thu Hà");

        var rows = Rows(html);
        var row = Assert.Single(rows, r => r.Contains("Đăng nhập sai mật khẩu", StringComparison.Ordinal));
        Assert.Contains("Bùi Thị Thu Hà", row, StringComparison.Ordinal);
        Assert.Contains("Sai mật khẩu", row, StringComparison.Ordinal);
        Assert.Matches(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}", row);
        Assert.All(rows, r => Assert.DoesNotContain("Xem hồ sơ", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dossier_viewed_by_an_officer_appears_with_its_code_and_the_officer_name()
    {
        var code = OfficerTestData.CreateSubmitted(factory.Services, "tiepnhan@motcua.local", "Lò Văn Nhật Ký");
        var officer = await OfficerTestData.SignedInAsync(factory, "tiepnhan@motcua.local");
        await officer.GetPageAsync($"/can-bo/ho-so/{code}");
        var officerName = factory.WithDb(db => db.Users.Where(u => u.Email == "tiepnhan@motcua.local").Select(u => u.DisplayName).Single());
        var admin = await OfficerTestData.SignedInAsync(factory, Admin);

        var html = await admin.GetPageAsync($"{Page}?maHoSo={code}");

        var row = Assert.Single(Rows(html));
        Assert.Contains("Xem hồ sơ", row, StringComparison.Ordinal);
        Assert.Contains(code, row, StringComparison.Ordinal);
        Assert.Contains(officerName, row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_action_and_code_filters_narrow_the_list_using_vietnam_local_days()
    {
        const string name = "Kiểm Thử Bộ Lọc";
        // 10/03/2025 23:30 and 11/03/2025 00:30 in Vietnam are both on 10/03 in UTC.
        Seed(
            Entry(name, "login.failed", new DateTimeOffset(2025, 3, 10, 16, 30, 0, TimeSpan.Zero), null),
            Entry(name, "dossier.view", new DateTimeOffset(2025, 3, 10, 17, 30, 0, TimeSpan.Zero), "LOC-0001"),
            Entry(name, "dossier.accept", new DateTimeOffset(2025, 3, 12, 2, 0, 0, TimeSpan.Zero), "LOC-0002"));
        var admin = await OfficerTestData.SignedInAsync(factory, Admin);

        var all = Rows(await admin.GetPageAsync($"{Page}?nguoi={name}"));
        var oneDay = Rows(await admin.GetPageAsync($"{Page}?nguoi={name}&tuNgay=2025-03-11&denNgay=2025-03-11"));
        var dossiers = Rows(await admin.GetPageAsync($"{Page}?nguoi={name}&thaoTac=dossier"));
        var accepts = Rows(await admin.GetPageAsync($"{Page}?nguoi={name}&thaoTac=dossier.accept"));
        var byCode = Rows(await admin.GetPageAsync($"{Page}?maHoSo=LOC-0001"));

        Assert.Equal(3, all.Count);
        Assert.Contains("12/03/2025 09:00:00", all[0], StringComparison.Ordinal); // newest first, local time
        Assert.Contains("10/03/2025 23:30:00", all[2], StringComparison.Ordinal);
        var only = Assert.Single(oneDay);
        Assert.Contains("11/03/2025 00:30:00", only, StringComparison.Ordinal);
        Assert.Contains("Xem hồ sơ", only, StringComparison.Ordinal);
        Assert.Equal(2, dossiers.Count);
        Assert.Contains("Tiếp nhận hồ sơ", Assert.Single(accepts), StringComparison.Ordinal);
        Assert.Contains("LOC-0001", Assert.Single(byCode), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_is_paged_fifty_entries_at_a_time_newest_first()
    {
        const string name = "Kiểm Thử Phân Trang";
        var start = new DateTimeOffset(2025, 6, 1, 1, 0, 0, TimeSpan.Zero);
        Seed([.. Enumerable.Range(0, 120).Select(i => Entry(name, "dossier.view", start.AddMinutes(i), $"PAGE-{i:000}"))]);
        var admin = await OfficerTestData.SignedInAsync(factory, Admin);

        var first = await admin.GetPageAsync($"{Page}?nguoi={name}");
        var third = await admin.GetPageAsync($"{Page}?nguoi={name}&trang=3");

        Assert.Equal(50, Rows(first).Count);
        Assert.Contains("PAGE-119", Rows(first)[0], StringComparison.Ordinal);
        Assert.Contains("trang 1 / 3", first, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Phân trang nhật ký\"", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\">Trang sau", first, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\" aria-label=\"Trang 1\"", first, StringComparison.Ordinal);
        var last = Rows(third);
        Assert.Equal(20, last.Count);
        Assert.Contains("PAGE-019", last[0], StringComparison.Ordinal);
        Assert.Contains("PAGE-000", last[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("Trang sau", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_end_date_before_the_start_date_is_explained_and_linked_to_its_field()
    {
        var admin = await OfficerTestData.SignedInAsync(factory, Admin);

        var html = await admin.GetPageAsync($"{Page}?tuNgay=2025-03-12&denNgay=2025-03-11");

        Assert.Contains("href=\"#denNgay\">Đến ngày phải sau hoặc bằng Từ ngày.", html, StringComparison.Ordinal);
        Assert.Empty(Rows(html));
    }

    [Fact]
    public async Task A_reception_officer_cannot_open_the_audit_log()
    {
        var officer = await OfficerTestData.SignedInAsync(factory, "tiepnhan@motcua.local");

        var response = await officer.Http.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-co-quyen", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_home_links_to_the_audit_log()
    {
        var admin = await OfficerTestData.SignedInAsync(factory, Admin);

        var html = await admin.GetPageAsync("/quan-tri");

        Assert.Contains("href=\"/quan-tri/nhat-ky\"", html, StringComparison.Ordinal);
        Assert.Contains("Nhật ký hệ thống", html, StringComparison.Ordinal);
    }

    private static AuditEntry Entry(string user, string action, DateTimeOffset at, string? subject) =>
        new() { At = at, UserName = user, Action = action, Subject = subject };

    private void Seed(params AuditEntry[] entries) => factory.WithDb(db =>
    {
        db.AuditEntries.AddRange(entries);
        return db.SaveChanges();
    });

    private static List<string> Rows(string html)
    {
        var body = TableBody().Match(html);
        return body.Success ? [.. TableRow().Matches(body.Groups[1].Value).Select(m => m.Value)] : [];
    }

    [GeneratedRegex("<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex TableBody();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();
}
