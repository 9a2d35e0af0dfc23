namespace MotCua.Domain.Calendar;

/// <summary>Outcome of a completed dossier against its due date.</summary>
public enum Timeliness
{
    /// <summary>Trước hạn.</summary>
    Early,

    /// <summary>Đúng hạn.</summary>
    OnTime,

    /// <summary>Quá hạn.</summary>
    Late,
}

/// <summary>State of a dossier still in processing.</summary>
public enum PendingTimeliness
{
    /// <summary>Còn hạn.</summary>
    WithinTime,

    /// <summary>Quá hạn.</summary>
    Overdue,
}

/// <summary>On-time classification (đánh giá trước hạn / đúng hạn / quá hạn), always by the Vietnam local date.</summary>
public static class TimelinessRules
{
    public static Timeliness Classify(DateOnly dueDate, DateTimeOffset completedAt)
    {
        var completedOn = VietnamTime.LocalDate(completedAt);
        if (completedOn < dueDate)
            return Timeliness.Early;
        return completedOn == dueDate ? Timeliness.OnTime : Timeliness.Late;
    }

    /// <summary>Hour-based: early before the due day, on time on that day up to the due instant, late after it.</summary>
    public static Timeliness Classify(DateTimeOffset dueAt, DateTimeOffset completedAt)
    {
        if (completedAt > dueAt)
            return Timeliness.Late;
        return VietnamTime.LocalDate(completedAt) < VietnamTime.LocalDate(dueAt) ? Timeliness.Early : Timeliness.OnTime;
    }

    /// <summary>A pending dossier stays within time through the whole of its due day.</summary>
    public static PendingTimeliness ClassifyPending(DateOnly dueDate, DateTimeOffset now) =>
        VietnamTime.LocalDate(now) <= dueDate ? PendingTimeliness.WithinTime : PendingTimeliness.Overdue;
}
