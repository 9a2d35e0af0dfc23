using System.Text.RegularExpressions;

namespace MotCua.Domain.Units;

/// <summary>
/// Mã định danh đơn vị in the QCVN 102 style used by the national portal: <c>000.00.14.H31</c> — three digits,
/// two digits, two digits, then a letter and two digits (the province block). The code starts every dossier code.
/// </summary>
public static partial class UnitCode
{
    public const string Example = "000.00.14.H31";

    /// <summary>Trims and upper-cases what an administrator typed; the stored code is always in this form.</summary>
    public static string Normalize(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    public static bool IsValid(string? code) => Pattern().IsMatch(Normalize(code));

    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")]
    private static partial Regex Pattern();
}
