using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MotCua.Application.Dashboard;
using MotCua.Application.Processing;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Pages.Leader;

/// <summary>How the leader's pages write figures, months and the names of drill-down lists.</summary>
public static class DashboardText
{
    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", CultureInfo.GetCultureInfo("vi-VN")) + "%" : "–";

    public static string Days(double? days) =>
        days is { } d ? d.ToString("0.0", CultureInfo.GetCultureInfo("vi-VN")) : "–";

    public static string MonthInput(int month) => $"{month / 100:D4}-{month % 100:D2}";

    public static string MonthText(int month) => $"{month % 100:D2}/{month / 100:D4}";

    private static string PeriodText(MonthRange period) => period.From == period.To
        ? $"tháng {MonthText(period.From)}"
        : $"tháng {MonthText(period.From)} đến tháng {MonthText(period.To)}";

    /// <summary>Whole months as months, any other range as its days.</summary>
    public static string PeriodText(DayRange period) =>
        period.IsWholeMonths ? PeriodText(period.Months)
        : period.From == period.To ? $"ngày {VietnamTime.Format(period.From)}"
        : $"từ ngày {VietnamTime.Format(period.From)} đến ngày {VietnamTime.Format(period.To)}";

    public static string DayInput(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Vietnamese(this DrillKind kind) => kind switch
    {
        DrillKind.Received => "Hồ sơ tiếp nhận",
        DrillKind.Resolved => "Hồ sơ đã giải quyết",
        DrillKind.OnTime => "Hồ sơ giải quyết trước hạn và đúng hạn",
        DrillKind.Late => "Hồ sơ giải quyết quá hạn",
        _ => kind.ToString(),
    };

    public static string Vietnamese(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.Overdue => "Hồ sơ đang giải quyết đã quá hạn",
        DeadlineKind.DueSoon => "Hồ sơ sắp đến hạn (trong 2 ngày làm việc)",
        _ => kind.ToString(),
    };

    /// <summary>What the outcome column of a list says about a dossier.</summary>
    public static string OutcomeText(DossierListRow row) => row.Outcome switch
    {
        null => row.Status.Vietnamese(),
        _ when row.CountsAsLate && row.Outcome != Timeliness.Late => "Quá hạn (yêu cầu bổ sung lần hai)",
        { } t => char.ToUpperInvariant(t.Vietnamese()[0]) + t.Vietnamese()[1..],
    };

    public static string Date(DateTimeOffset? at) => at is { } t ? VietnamTime.Format(VietnamTime.LocalDate(t)) : "–";

    public static string Date(DateOnly? date) => date is { } d ? VietnamTime.Format(d) : "–";

    /// <summary>
    /// The months a leader's page asks for (<c>tu</c>, <c>den</c>: yyyy-MM), from January of this year to this month
    /// when left empty. A malformed month or a reversed range gets a Vietnamese message on its field, and the period is
    /// read as corrected (the default for a malformed month, the two ends swapped for a reversed range).
    /// </summary>
    public static (int From, int To) ParsePeriod(ModelStateDictionary modelState, string? fromText, string? toText, DateOnly today) =>
        ParseEnds(
            modelState, ParseMonth(fromText), ParseMonth(toText), fromText, toText, today.Year * 100 + 1, MonthRange.Of(today),
            ("Tháng bắt đầu không hợp lệ (dạng năm-tháng, ví dụ 2026-03).", "Tháng kết thúc không hợp lệ (dạng năm-tháng, ví dụ 2026-03).",
                "Tháng kết thúc không được trước tháng bắt đầu."));

    /// <summary>
    /// The days a dashboard asks for (<c>tu</c>, <c>den</c>: a day yyyy-MM-dd, or a month yyyy-MM meaning its first or
    /// last day), from January of this year to the end of this month when left empty. A malformed value or a reversed
    /// range gets a Vietnamese message on its field, and the period is read as corrected, as for months.
    /// </summary>
    public static DayRange ParseDays(ModelStateDictionary modelState, string? fromText, string? toText, DateOnly today)
    {
        var (first, last) = ParseEnds(
            modelState, ParseDay(fromText, lastDayOfMonth: false), ParseDay(toText, lastDayOfMonth: true), fromText, toText,
            new DateOnly(today.Year, 1, 1), DayRange.OfMonths(MonthRange.Of(today), MonthRange.Of(today)).To,
            ("Ngày bắt đầu không hợp lệ (dạng năm-tháng-ngày, ví dụ 2026-03-15).",
                "Ngày kết thúc không hợp lệ (dạng năm-tháng-ngày, ví dụ 2026-03-31).", "Ngày kết thúc không được trước ngày bắt đầu."));
        return new DayRange(first, last);
    }

    /// <summary>
    /// The two ends of a period as parsed: a text given but not understood gets <paramref name="messages"/>' first or
    /// second message on its field and its default; reversed ends get the third message and are swapped.
    /// </summary>
    private static (T From, T To) ParseEnds<T>(
        ModelStateDictionary modelState, T? from, T? to, string? fromText, string? toText, T defaultFrom, T defaultTo,
        (string BadFrom, string BadTo, string Reversed) messages)
        where T : struct, IComparable<T>
    {
        if (!string.IsNullOrWhiteSpace(fromText) && from is null)
        {
            modelState.AddModelError("tu", messages.BadFrom);
        }

        if (!string.IsNullOrWhiteSpace(toText) && to is null)
        {
            modelState.AddModelError("den", messages.BadTo);
        }

        var (first, last) = (from ?? defaultFrom, to ?? defaultTo);
        if (first.CompareTo(last) > 0)
        {
            modelState.AddModelError("den", messages.Reversed);
            (first, last) = (last, first);
        }

        return (first, last);
    }

    /// <summary>Parses a day (yyyy-MM-dd) or a month (yyyy-MM: its first or last day); null when empty or invalid.</summary>
    public static DateOnly? ParseDay(string? text, bool lastDayOfMonth)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.Year is >= 2000 and < 9999 ? day : null;
        }

        return ParseMonth(text) is { } month
            ? lastDayOfMonth ? DayRange.OfMonths(month, month).To : DayRange.OfMonths(month, month).From
            : null;
    }

    /// <summary>Parses a month input (yyyy-MM); null when empty or invalid.</summary>
    public static int? ParseMonth(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year >= 2000
            ? MonthRange.Of(date)
            : null;
}
