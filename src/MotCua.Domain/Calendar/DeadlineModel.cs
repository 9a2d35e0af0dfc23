namespace MotCua.Domain.Calendar;

/// <summary>Unit of a procedure's processing time (thời hạn giải quyết).</summary>
public enum ProcessingUnit
{
    /// <summary>Ngày làm việc.</summary>
    WorkingDays,

    /// <summary>Giờ làm việc.</summary>
    WorkingHours,
}

/// <summary>A procedure's processing time (thời hạn giải quyết), e.g. 15 working days.</summary>
public sealed record ProcessingTime(int Amount, ProcessingUnit Unit);

/// <summary>Office hours (giờ hành chính): a morning and an afternoon session.</summary>
public sealed record OfficeHours(TimeOnly MorningStart, TimeOnly MorningEnd, TimeOnly AfternoonStart, TimeOnly AfternoonEnd)
{
    public static OfficeHours Default => new(new(7, 30), new(11, 30), new(13, 0), new(17, 0));

    internal bool IsOrdered => MorningStart < MorningEnd && MorningEnd <= AfternoonStart && AfternoonStart < AfternoonEnd;
}

/// <summary>
/// A pause of the clock (tạm dừng): supplement requested (status 5) or financial obligation (status 6).
/// <see cref="End"/> null means still paused.
/// </summary>
public sealed record Pause(DateTimeOffset Start, DateTimeOffset? End, string Reason);

/// <summary>A new appointment after an apology slip (gia hạn, Form 04); it never overwrites the legal due date.</summary>
public sealed record Extension(DateOnly NewDueDate, string Reason, DateTimeOffset GrantedAt);

/// <summary>One line of a due date's explanation (diễn giải hạn xử lý).</summary>
public sealed record ExplanationEntry(DateOnly Date, string Reason);

/// <summary>A computed due date (hạn xử lý) with its explanation.</summary>
public sealed record DeadlineResult(
    DateTimeOffset ReceivedAt,
    DateOnly EffectiveFrom,
    DateOnly LegalDueDate,
    DateOnly DueDate,
    DateTimeOffset? DueAt,
    DateOnly? ExtendedDueDate,
    IReadOnlyList<ExplanationEntry> Explanation);
