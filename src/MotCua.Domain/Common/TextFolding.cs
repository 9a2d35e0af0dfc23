using System.Globalization;
using System.Text;

namespace MotCua.Domain.Common;

/// <summary>
/// Folds Vietnamese text for search: lower case, no diacritics, đ → d, single spaces.
/// "ĐĂNG KÝ KHAI SINH", "đăng ký khai sinh" and "dang ky khai sinh" all fold to "dang ky khai sinh".
/// Stored in an indexed column so the database, not memory, does the matching.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }
}
