using System.Net;

namespace MotCua.Web.Tests.Account;

public sealed class LoginTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("admin@motcua.local", "/quan-tri")]
    [InlineData("lanhdao@motcua.local", "/lanh-dao")]
    [InlineData("tiepnhan@motcua.local", "/can-bo")]
    [InlineData("tiepnhan2@motcua.local", "/can-bo")]
    [InlineData("chuyenvien@motcua.local", "/can-bo")]
    public async Task Each_demo_account_signs_in_and_lands_on_its_start_page(string email, string startPage)
    {
        var client = FormClient.For(factory);

        var response = await client.LoginAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(startPage, response.Headers.Location?.OriginalString);
        var page = await client.GetPageAsync(startPage);
        Assert.Contains("Đăng xuất", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_asks_once_and_only_a_post_with_the_antiforgery_token_signs_out()
    {
        var client = FormClient.For(factory);
        await client.LoginAsync("chuyenvien@motcua.local");

        var desk = await client.GetPageAsync("/can-bo");
        Assert.Contains("href=\"/dang-xuat\"", desk, StringComparison.Ordinal);
        Assert.Contains("Đăng xuất khỏi tài khoản", await client.GetPageAsync("/dang-xuat"), StringComparison.Ordinal);
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.PostAsync(new Uri("/dang-xuat", UriKind.Relative), forged)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/can-bo", UriKind.Relative))).StatusCode);

        var signedOut = await client.PostFormAsync("/dang-xuat", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await client.Http.GetAsync(new Uri("/can-bo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/dang-nhap", after.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_shows_a_vietnamese_message_and_five_failures_lock_the_account()
    {
        var client = FormClient.For(factory);

        var first = await client.LoginAsync("chuyenvien2@motcua.local", "sai-mat-khau");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        for (var i = 0; i < 4; i++)
        {
            await client.LoginAsync("chuyenvien2@motcua.local", "sai-mat-khau");
        }

        var locked = await client.LoginAsync("chuyenvien2@motcua.local");
        Assert.Contains("tạm khóa", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(
            ["login.failed", "login.failed", "login.failed", "login.failed", "login.lockedout", "login.lockedout"],
            factory.WithDb(db => db.AuditEntries
                .Where(a => a.UserName == "Trần Thị Hồng Nhung")
                .OrderBy(a => a.Id)
                .Select(a => a.Action)
                .ToList()));
    }

    [Fact]
    public async Task Officer_pages_redirect_anonymous_visitors_to_the_login_page()
    {
        var response = await FormClient.For(factory).Http.GetAsync(new Uri("/can-bo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/dang-nhap", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reception_officer_cannot_open_the_admin_pages()
    {
        var client = FormClient.For(factory);
        await client.LoginAsync("tiepnhan@motcua.local");

        var response = await client.Http.GetAsync(new Uri("/quan-tri", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-co-quyen", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_rejected()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@motcua.local",
            ["Input.Password"] = PortalFactory.DemoPassword,
        });

        var response = await FormClient.For(factory).Http.PostAsync(new Uri("/dang-nhap", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
