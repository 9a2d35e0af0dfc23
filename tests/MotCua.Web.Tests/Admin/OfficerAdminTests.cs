using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MotCua.Web.Tests.Officer;

namespace MotCua.Web.Tests.Admin;

public sealed partial class OfficerAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewOfficer = "/quan-tri/can-bo/them";

    public static TheoryData<string> AdminPages => new()
    {
        "/quan-tri", "/quan-tri/don-vi", "/quan-tri/don-vi/sua", "/quan-tri/thu-tuc", "/quan-tri/thu-tuc/sua",
        "/quan-tri/can-bo", "/quan-tri/can-bo/them", "/quan-tri/nhat-ky", "/quan-tri/lich-lam-viec",
    };

    private string UnitId(string name) => AdminTestData.UnitId(factory, name).ToString(CultureInfo.InvariantCulture);

    private string OfficerId(string email) => factory.WithDb(db => db.Users.Single(u => u.Email == email).Id);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Officers_without_the_admin_role_get_403_on_every_admin_page(string path)
    {
        var leader = await OfficerTestData.SignedInAsync(factory, "lanhdao@motcua.local");

        var response = await leader.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var denied = await leader.Http.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task A_created_officer_signs_in_with_the_given_role_and_sees_only_their_unit()
    {
        var admin = await AdminTestData.AdminAsync(factory);

        var response = await admin.PostFormAsync(NewOfficer, new Dictionary<string, string>
        {
            ["Input.Email"] = "moi.tiepnhan@motcua.local",
            ["Input.DisplayName"] = "Trịnh Thị Mới",
            ["Input.UnitId"] = UnitId("Phường Sơn Nam"),
            ["Input.Roles"] = "TiepNhan",
            ["Input.Password"] = "Moi@Mat1Khau",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var officer = FormClient.For(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.LoginAsync("moi.tiepnhan@motcua.local", "Moi@Mat1Khau")).StatusCode);
        var home = await officer.GetPageAsync("/can-bo");
        Assert.Contains("Phường Sơn Nam", home, StringComparison.Ordinal);
        Assert.Contains("Cán bộ tiếp nhận", home, StringComparison.Ordinal);
        var online = await officer.GetPageAsync("/can-bo/tiep-nhan");
        Assert.DoesNotContain("Phường Phố Hiến", Regex.Match(online, "<main.*</main>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
        var adminPage = await officer.Http.GetAsync(new Uri("/quan-tri", UriKind.Relative));
        Assert.Contains("/khong-co-quyen", adminPage.Headers.Location?.ToString(), StringComparison.Ordinal);
        var audit = factory.WithDb(db => db.AuditEntries.Single(a => a.Action == "officer.create" && a.Subject == "moi.tiepnhan@motcua.local"));
        Assert.Contains("Phường Sơn Nam", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Moi@Mat1Khau", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_vietnamese_next_to_the_field()
    {
        var admin = await AdminTestData.AdminAsync(factory);

        var html = await AdminTestData.BodyAsync(await admin.PostFormAsync(NewOfficer, new Dictionary<string, string>
        {
            ["Input.Email"] = "yeu@motcua.local",
            ["Input.DisplayName"] = "Mật Khẩu Yếu",
            ["Input.UnitId"] = UnitId("Phường Sơn Nam"),
            ["Input.Roles"] = "TiepNhan",
            ["Input.Password"] = "abc",
        }), HttpStatusCode.OK);

        Assert.Matches(UnitAdminTests.FieldError("Input.Password", "Mật khẩu phải có ít nhất 8 ký tự."), html);
        Assert.False(factory.WithDb(db => db.Users.Any(u => u.Email == "yeu@motcua.local")));
    }

    [Fact]
    public async Task A_generated_password_is_shown_once_and_works()
    {
        var admin = await AdminTestData.AdminAsync(factory);

        var html = await AdminTestData.BodyAsync(await admin.PostFormAsync(NewOfficer, new Dictionary<string, string>
        {
            ["Input.Email"] = "ngaunhien@motcua.local",
            ["Input.DisplayName"] = "Lý Văn Ngẫu",
            ["Input.UnitId"] = UnitId("Sở Tư pháp"),
            ["Input.Roles"] = "ChuyenVien",
            ["Input.GeneratePassword"] = "true",
        }), HttpStatusCode.OK);

        var password = WebUtility.HtmlDecode(GeneratedPassword().Match(html).Groups[1].Value);
        Assert.NotEmpty(password);
        var officer = FormClient.For(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.LoginAsync("ngaunhien@motcua.local", password)).StatusCode);
        Assert.Contains("Sở Tư pháp", await officer.GetPageAsync("/can-bo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_and_a_lock_take_effect_at_the_officers_next_request()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        await admin.PostFormAsync(NewOfficer, new Dictionary<string, string>
        {
            ["Input.Email"] = "doivaitro@motcua.local",
            ["Input.DisplayName"] = "Đổi Vai Trò",
            ["Input.UnitId"] = UnitId("Phường Phố Hiến"),
            ["Input.Roles"] = "TiepNhan",
            ["Input.Password"] = "Doi@VaiTro1",
        });
        var officer = FormClient.For(factory);
        await officer.LoginAsync("doivaitro@motcua.local", "Doi@VaiTro1");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Http.GetAsync(new Uri("/lanh-dao", UriKind.Relative))).StatusCode);
        var id = OfficerId("doivaitro@motcua.local");

        var update = await admin.PostFormAsync($"/quan-tri/can-bo/sua/{id}", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Đổi Vai Trò",
            ["Input.UnitId"] = UnitId("Phường Phố Hiến"),
            ["Input.Roles"] = "LanhDao",
        });

        Assert.Equal(HttpStatusCode.Redirect, update.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.Http.GetAsync(new Uri("/lanh-dao", UriKind.Relative))).StatusCode);
        Assert.Contains("Vai trò: Cán bộ tiếp nhận → Lãnh đạo", factory.WithDb(db => db.AuditEntries
            .Single(a => a.Action == "officer.update" && a.Subject == "doivaitro@motcua.local").Detail), StringComparison.Ordinal);

        var lockResponse = await admin.PostFormAsync($"/quan-tri/can-bo/sua/{id}?handler=Lock", new Dictionary<string, string> { ["locked"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, lockResponse.StatusCode);
        var afterLock = await officer.Http.GetAsync(new Uri("/lanh-dao", UriKind.Relative));
        Assert.Contains("/dang-nhap", afterLock.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await FormClient.For(factory).LoginAsync("doivaitro@motcua.local", "Doi@VaiTro1")).StatusCode);
        Assert.True(factory.WithDb(db => db.AuditEntries.Any(a => a.Action == "officer.lock" && a.Subject == "doivaitro@motcua.local")));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_rebuilt_only_after_the_account_changed()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        await admin.PostFormAsync(NewOfficer, new Dictionary<string, string>
        {
            ["Input.Email"] = "cookie@motcua.local",
            ["Input.DisplayName"] = "Cookie Ổn Định",
            ["Input.UnitId"] = UnitId("Phường Phố Hiến"),
            ["Input.Roles"] = "TiepNhan",
            ["Input.Password"] = "Cookie@On1",
        });
        var officer = FormClient.For(factory);
        await officer.LoginAsync("cookie@motcua.local", "Cookie@On1");
        await officer.Http.GetAsync(new Uri("/can-bo", UriKind.Relative));

        var unchanged = await officer.Http.GetAsync(new Uri("/can-bo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
        Assert.False(IssuesAuthCookie(unchanged), "an unchanged account keeps its cookie");

        await admin.PostFormAsync($"/quan-tri/can-bo/sua/{OfficerId("cookie@motcua.local")}", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Cookie Đã Đổi",
            ["Input.UnitId"] = UnitId("Sở Tư pháp"),
            ["Input.Roles"] = "TiepNhan",
        });
        var changed = await officer.Http.GetAsync(new Uri("/can-bo", UriKind.Relative));

        Assert.True(IssuesAuthCookie(changed), "the claims are rebuilt after the change");
        var page = await changed.Content.ReadAsStringAsync();
        Assert.Contains("Cookie Đã Đổi", page, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp", page, StringComparison.Ordinal);
    }

    private static bool IssuesAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("motcua.auth", StringComparison.Ordinal));

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role_or_lock_themselves()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        var id = OfficerId(AdminTestData.Admin);
        var centre = UnitId("Trung tâm Phục vụ hành chính công tỉnh Hưng Yên");

        var html = await AdminTestData.BodyAsync(await admin.PostFormAsync($"/quan-tri/can-bo/sua/{id}", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Phạm Quốc Bảo",
            ["Input.UnitId"] = centre,
            ["Input.Roles"] = "LanhDao",
        }), HttpStatusCode.OK);
        var locked = await AdminTestData.BodyAsync(
            await admin.PostFormAsync($"/quan-tri/can-bo/sua/{id}?handler=Lock", new Dictionary<string, string> { ["locked"] = "true" }),
            HttpStatusCode.OK);

        Assert.Contains("Bạn không thể tự bỏ vai trò Quản trị hệ thống của chính mình.", html, StringComparison.Ordinal);
        Assert.Contains("Bạn không thể tự khóa tài khoản của chính mình.", locked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync(new Uri("/quan-tri", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_officer_list_filters_by_unit_and_role()
    {
        var admin = await AdminTestData.AdminAsync(factory);

        var html = await admin.GetPageAsync($"/quan-tri/can-bo?donVi={UnitId("Phường Phố Hiến")}&vaiTro=ChuyenVien");

        Assert.Contains("chuyenvien@motcua.local", html, StringComparison.Ordinal);
        Assert.Contains("chuyenvien2@motcua.local", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tiepnhan@motcua.local", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chuyenvien.stp@motcua.local", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_home_links_to_units_procedures_and_officers()
    {
        var admin = await AdminTestData.AdminAsync(factory);

        var html = await admin.GetPageAsync("/quan-tri");

        Assert.Contains("href=\"/quan-tri/don-vi\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/quan-tri/thu-tuc\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/quan-tri/can-bo\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<code class=\"generated-password\">([^<]+)</code>")]
    private static partial Regex GeneratedPassword();
}
