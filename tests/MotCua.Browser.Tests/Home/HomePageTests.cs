using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Home;

public sealed class HomePageTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    [BrowserFact]
    public async Task Home_page_is_in_Vietnamese_and_accessible()
    {
        await GotoAsync("/");

        Assert.Equal("vi", await Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Một cửa", await Page.TitleAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync();
    }
}
