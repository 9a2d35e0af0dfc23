using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace MotCua.Web.Tests.Submission;

/// <summary>Builds API submissions the way another system would send them.</summary>
internal static class SubmissionApi
{
    /// <summary>Đăng ký khai sinh: offered fully online, received by every commune.</summary>
    public const string FullOnlineProcedure = "1.001193";

    public static Dictionary<string, string> ValidFields(string name = "Nguyễn Văn An") => new()
    {
        ["procedureCode"] = FullOnlineProcedure,
        ["applicantName"] = name,
        ["citizenId"] = "033090001234",
        ["dateOfBirth"] = "1990-05-17",
        ["phone"] = "0912345678",
        ["email"] = "an.nguyen@example.vn",
        ["address"] = "Số 1 đường Nguyễn Văn Linh, phường Phố Hiến, Hưng Yên",
        ["deliveryMethod"] = "online",
    };

    public static MultipartFormDataContent Form(IDictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "files", name);
        }

        return form;
    }

    public static MultipartFormDataContent ValidForm(string name = "Nguyễn Văn An") =>
        Form(ValidFields(name), ("to-khai.pdf", DiskFileStoreTests.Pdf()));

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, HttpContent form, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = form };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await http.SendAsync(request);
    }

    public static async Task<(string Code, string Key)> SubmitAsync(HttpClient http, string name = "Nguyễn Văn An")
    {
        using var response = await PostAsync(http, ValidForm(name));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonDocument.Parse(body).RootElement;
        return (json.GetProperty("code").GetString()!, json.GetProperty("trackingKey").GetString()!);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());

    public static string UnitCodeOfFirstReceiver(PortalFactory factory) => factory.WithDb(db => db.Procedures
        .Where(p => p.Code == FullOnlineProcedure)
        .SelectMany(p => p.ReceivingUnits)
        .OrderBy(u => u.UnitId)
        .Select(u => u.Unit!.Code)
        .First());

    public static int DossierCount(PortalFactory factory) => factory.WithDb(db => db.Dossiers.AsNoTracking().Count());
}
