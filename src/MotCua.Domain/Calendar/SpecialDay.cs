namespace MotCua.Domain.Calendar;

/// <summary>What makes a date special in the working calendar (lịch làm việc).</summary>
public enum SpecialDayKind
{
    /// <summary>Public holiday (ngày nghỉ lễ, Tết) under Labour Code 2019 Art. 112.</summary>
    Holiday,

    /// <summary>Day off in compensation (nghỉ bù) for a holiday that fell on a weekend.</summary>
    Compensatory,

    /// <summary>A working day given off by the yearly swap schedule (nghỉ hoán đổi).</summary>
    DayOff,

    /// <summary>A Saturday worked to make up a swapped day off (làm bù).</summary>
    WorkingSaturday,
}

/// <summary>A dated entry of the working calendar; <see cref="Name"/> is shown to citizens.</summary>
public sealed record SpecialDay(DateOnly Date, SpecialDayKind Kind, string Name);
