namespace MotCua.Application.Calendar;

/// <summary>The years the calendar knows: 1900–2199 for listings; the current year ± 3 for due dates.</summary>
public static class CalendarYears
{
    public const int First = 1900;

    public const int Last = 2199;

    /// <summary>How many years either side of the current one the working calendar in force covers.</summary>
    public const int Around = 3;
}
