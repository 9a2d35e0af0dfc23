using System.Globalization;

namespace MotCua.Domain.Calendar;

/// <summary>Vietnam local time (giờ Việt Nam). Asia/Ho_Chi_Minh has no DST, so a fixed +07:00 is exact.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToLocal(DateTimeOffset t) => t.ToOffset(Offset);

    public static DateOnly LocalDate(DateTimeOffset t) => DateOnly.FromDateTime(ToLocal(t).DateTime);

    public static TimeOnly LocalTime(DateTimeOffset t) => TimeOnly.FromDateTime(ToLocal(t).DateTime);

    /// <summary>The instant at the given local date and time in Vietnam.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>dd/MM/yyyy, as Vietnamese forms write dates.</summary>
    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Weekday name as written in Vietnamese ("Thứ Hai" … "Chủ nhật").</summary>
    public static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };
}
