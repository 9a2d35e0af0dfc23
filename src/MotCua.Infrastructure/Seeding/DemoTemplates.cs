using System.Globalization;
using System.Text;
using MotCua.Application.Common.Files;
using MotCua.Domain.Procedures;

namespace MotCua.Infrastructure.Seeding;

/// <summary>
/// Gives each demo paper that names a form template a small, valid, deterministic one-page PDF in the file store, so
/// the public "Tải mẫu" links download something real. The text is ASCII (the standard Helvetica font has no Vietnamese
/// glyphs); the download keeps the Vietnamese file name.
/// </summary>
internal static class DemoTemplates
{
    public static async Task AttachAsync(IEnumerable<Procedure> procedures, IFileStore store, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        foreach (var paper in procedures.SelectMany(p => p.Papers).Where(p => p.TemplateFileName is not null))
        {
            var fileName = Path.ChangeExtension(paper.TemplateFileName!, ".pdf");
            if (!stored.TryGetValue(fileName, out var file))
            {
                using var content = new MemoryStream(Pdf(Ascii(paper.Name), fileName));
                file = await store.SaveAsync(content, fileName, 1024 * 1024, cancellationToken);
                stored[fileName] = file;
            }

            paper.TemplateFileName = file.OriginalName;
            paper.TemplateStoredName = file.StoredName;
            paper.TemplateContentType = file.ContentType;
        }
    }

    /// <summary>A one-page PDF 1.4 with a title and two lines, cross-reference offsets computed exactly.</summary>
    internal static byte[] Pdf(string title, string fileName)
    {
        var text = new StringBuilder()
            .Append("BT /F1 16 Tf 56 780 Td (").Append(Escape(title.ToUpperInvariant())).Append(") Tj ET\n")
            .Append("BT /F1 11 Tf 56 750 Td (Mau don, to khai - ban minh hoa cua cong Mot cua MotCua) Tj ET\n")
            .Append("BT /F1 11 Tf 56 732 Td (").Append(Escape(fileName)).Append(") Tj ET\n")
            .Append("BT /F1 11 Tf 56 700 Td (Ho va ten: ............................................................) Tj ET\n")
            .Append("BT /F1 11 Tf 56 680 Td (So dinh danh ca nhan: ...............................................) Tj ET\n")
            .ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {text.Length} >>\nstream\n{text}endstream"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString()); // all ASCII: string offsets are byte offsets
    }

    /// <summary>"Tờ khai đăng ký khai sinh" → "To khai dang ky khai sinh".</summary>
    internal static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c < 128 ? c : '?');
        }

        return builder.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
