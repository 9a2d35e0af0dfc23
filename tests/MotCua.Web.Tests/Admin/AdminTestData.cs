using System.Net;
using MotCua.Web.Tests.Officer;

namespace MotCua.Web.Tests.Admin;

internal static class AdminTestData
{
    public const string Admin = "admin@motcua.local";

    public static Task<FormClient> AdminAsync(PortalFactory factory) => OfficerTestData.SignedInAsync(factory, Admin);

    public static int UnitId(PortalFactory factory, string name) => factory.WithDb(db => db.Units.Single(u => u.Name == name).Id);

    public static int FieldId(PortalFactory factory, string code) => factory.WithDb(db => db.Fields.Single(f => f.Code == code).Id);

    public static async Task<string> BodyAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return body;
    }
}
