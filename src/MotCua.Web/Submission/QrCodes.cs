using QRCoder;

namespace MotCua.Web.Submission;

/// <summary>QR codes drawn on the server as PNG data URIs (the CSP allows img-src data:, and nothing is fetched).</summary>
internal static class QrCodes
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
