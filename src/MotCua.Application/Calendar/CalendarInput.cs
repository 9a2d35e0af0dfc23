using System.Globalization;
using System.Text.RegularExpressions;

namespace MotCua.Application.Calendar;

/// <summary>Parsing of the calendar queries' text parameters, shared by their validators and handlers.</summary>
internal static partial class CalendarInput
{
    public const int MaxWorkingDays = 3650;

    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    /// <summary>
    /// An ISO 8601 date and time that states its offset ("Z" or "+07:00"). A "+" left unencoded in a query string
    /// arrives as a space, so a space before the offset is read as "+".
    /// </summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var value = OffsetAfterSpace().Replace(text.Trim(), "+$1");
        if (value.EndsWith('Z') || value.EndsWith('z'))
            value = string.Concat(value.AsSpan(0, value.Length - 1), "+00:00");
        return DateTimeOffset.TryParseExact(value, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    public static bool TryParseWorkingDays(string? text, out int days) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out days) && days <= MaxWorkingDays;

    public static bool TryParseCutoff(string? text, out TimeOnly cutoff) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out cutoff);

    [GeneratedRegex(@" (\d{2}:?\d{2})$")]
    private static partial Regex OffsetAfterSpace();
}
