namespace MotCua.Domain.Calendar;

/// <summary>What an administrator changes on a date of the working calendar (điều chỉnh lịch làm việc).</summary>
public enum CalendarOverrideKind
{
    /// <summary>A working day given off (thêm ngày nghỉ), e.g. a swap decided after the calendar was published.</summary>
    DayOff = 0,

    /// <summary>A day off by the rule or the published schedule that is worked after all (hủy ngày nghỉ).</summary>
    WorkingDay = 1,

    /// <summary>A Saturday worked to make up a day off (làm bù Thứ Bảy).</summary>
    WorkingSaturday = 2,
}

/// <summary>
/// An administrator's change to the working calendar on one date (at most one per date), applied on top of the
/// published schedule or the Labour Code rule. Who and when are kept for the audit trail.
/// </summary>
public sealed class CalendarOverride
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public CalendarOverrideKind Kind { get; set; }

    /// <summary>Shown to citizens as the name of the day, e.g. "Nghỉ theo Công văn số … của UBND tỉnh".</summary>
    public required string Reason { get; set; }

    public string? CreatedById { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
