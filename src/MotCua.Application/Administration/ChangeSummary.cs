using System.Globalization;
using System.Text;

namespace MotCua.Application.Administration;

/// <summary>
/// The "what changed" line of an administrative audit row: "Tên: A → B; Hiệu lực đến: (trống) → 30/06/2026".
/// Only fields that differ are listed; the text is cut to fit the audit column. Never given a password.
/// </summary>
internal sealed class ChangeSummary
{
    public const int MaxLength = 400;

    private readonly StringBuilder _text = new();

    public bool IsEmpty => _text.Length == 0;

    public ChangeSummary Field<T>(string label, T before, T after)
    {
        var old = Show(before);
        var now = Show(after);
        if (!string.Equals(old, now, StringComparison.Ordinal))
        {
            Append($"{label}: {old} → {now}");
        }

        return this;
    }

    /// <summary>A field of a new record: listed with its value only.</summary>
    public ChangeSummary Value<T>(string label, T value)
    {
        var shown = Show(value);
        if (shown != Empty)
        {
            Append($"{label}: {shown}");
        }

        return this;
    }

    public ChangeSummary Note(string text)
    {
        Append(text);
        return this;
    }

    public override string ToString()
    {
        var text = _text.ToString();
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");
    }

    private const string Empty = "(trống)";

    private void Append(string part)
    {
        if (_text.Length > 0)
        {
            _text.Append("; ");
        }

        _text.Append(part);
    }

    private static string Show<T>(T value) => value switch
    {
        null => Empty,
        string s when string.IsNullOrWhiteSpace(s) => Empty,
        string s => s.Length > 80 ? string.Concat(s.AsSpan(0, 79), "…") : s,
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "có" : "không",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? Empty,
    };
}
