using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MotCua.Web.Tests;

/// <summary>An HTTP client that behaves like a browser posting forms: keeps cookies, sends the antiforgery token.</summary>
public sealed partial class FormClient
{
    private FormClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static FormClient For(PortalFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<string> GetPageAsync(string path)
    {
        var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs the page for its antiforgery token, then posts the fields as the page's form would.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields)
    {
        var page = await GetPageAsync(path);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {path}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        using var content = new FormUrlEncodedContent(body);
        return await Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>
    /// Posts to <paramref name="path"/> with the antiforgery token of another page: for posts to a page the user
    /// cannot open (it answers 404) or to a page handler.
    /// </summary>
    public async Task<HttpResponseMessage> PostWithTokenFromAsync(string tokenPage, string path, IDictionary<string, string> fields)
    {
        var token = TokenPattern().Match(await GetPageAsync(tokenPage));
        Assert.True(token.Success, $"No antiforgery token on {tokenPage}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        using var content = new FormUrlEncodedContent(body);
        return await Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> LoginAsync(string email, string password = PortalFactory.DemoPassword) =>
        await PostFormAsync("/dang-nhap", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
