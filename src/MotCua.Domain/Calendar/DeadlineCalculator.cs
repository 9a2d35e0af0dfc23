using System.Globalization;

namespace MotCua.Domain.Calendar;

/// <summary>
/// Computes the due date (hạn xử lý) of a dossier from its receipt, the procedure's processing time, pauses and
/// extensions, and explains what moved it.
/// </summary>
public static class DeadlineCalculator
{
    private const string NextWorkingDayText = "tính từ ngày làm việc tiếp theo";

    public static DeadlineResult Compute(WorkingCalendar calendar, DateTimeOffset receivedAt, ProcessingTime time,
        TimeOnly? cutoff = null, OfficeHours? officeHours = null,
        IEnumerable<Pause>? pauses = null, IEnumerable<Extension>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(time);
        if (time.Amount < 0)
            throw new ArgumentOutOfRangeException(nameof(time), time.Amount, "Processing time cannot be negative.");
        var hours = officeHours ?? OfficeHours.Default;
        if (!hours.IsOrdered)
            throw new ArgumentException("Office hours must be two ordered, non-overlapping sessions.", nameof(officeHours));
        var pauseList = (pauses ?? []).ToList();
        if (pauseList.Any(p => p.End < p.Start))
            throw new ArgumentException("A pause cannot end before it starts.", nameof(pauses));
        var extensionList = (extensions ?? []).ToList();

        var explanation = new List<ExplanationEntry>();
        var counted = time.Unit == ProcessingUnit.WorkingHours
            ? CountHours(calendar, hours, VietnamTime.ToLocal(receivedAt), time.Amount, cutoff, pauseList, explanation)
            : CountDays(calendar, VietnamTime.ToLocal(receivedAt), time.Amount, cutoff, pauseList, explanation);

        Explain(calendar, counted, explanation);
        foreach (var pause in pauseList.Where(p => p.End is null))
        {
            var since = VietnamTime.LocalDate(pause.Start);
            explanation.Add(new(since, $"Đang tạm dừng từ {VietnamTime.Format(since)}: {pause.Reason}"));
        }

        foreach (var extension in extensionList)
        {
            explanation.Add(new(VietnamTime.LocalDate(extension.GrantedAt),
                $"Gia hạn đến {VietnamTime.Format(extension.NewDueDate)}: {extension.Reason}"));
        }

        var latestExtension = extensionList.MaxBy(e => e.GrantedAt);
        return new DeadlineResult(receivedAt, counted.EffectiveFrom, counted.LegalDueDate, counted.DueDate, counted.DueAt,
            latestExtension?.NewDueDate, explanation.OrderBy(e => e.Date).ToList());
    }

    private static Counted CountDays(WorkingCalendar calendar, DateTimeOffset local, int days, TimeOnly? cutoff,
        List<Pause> pauses, List<ExplanationEntry> explanation)
    {
        var receiptDay = DateOnly.FromDateTime(local.DateTime);
        var effective = receiptDay;
        if (calendar.NonWorkingReason(receiptDay) is { } reason)
        {
            effective = calendar.NextWorkingDay(receiptDay);
            explanation.Add(new(receiptDay, $"Nhận vào ngày nghỉ ({reason}): {NextWorkingDayText} ({DayText(effective)})"));
        }
        else if (cutoff is { } limit && TimeOnly.FromDateTime(local.DateTime) > limit)
        {
            effective = calendar.NextWorkingDay(receiptDay);
            explanation.Add(new(receiptDay, $"Nhận sau {TimeText(limit)}: {NextWorkingDayText} ({DayText(effective)})"));
        }

        var legalDue = calendar.AddWorkingDays(effective, days);

        // The resume day counts as paused (the applicant hands in papers, work restarts the next day), the day the
        // pause opened does not (the office worked on the dossier that day).
        var paused = new Dictionary<DateOnly, string>();
        foreach (var pause in pauses.Where(p => p.End is not null))
        {
            foreach (var day in calendar.WorkingDaysBetween(VietnamTime.LocalDate(pause.Start), VietnamTime.LocalDate(pause.End!.Value)))
                paused.TryAdd(day, pause.Reason);
        }

        var due = calendar.AddWorkingDays(legalDue, paused.Count);
        return new Counted(receiptDay, effective, legalDue, due, null, paused);
    }

    private static Counted CountHours(WorkingCalendar calendar, OfficeHours hours, DateTimeOffset local, int amount,
        TimeOnly? cutoff, List<Pause> pauses, List<ExplanationEntry> explanation)
    {
        var clock = new OfficeClock(calendar, hours);
        var receiptDay = DateOnly.FromDateTime(local.DateTime);
        var receiptTime = TimeOnly.FromDateTime(local.DateTime);
        DateTime start;
        if (calendar.NonWorkingReason(receiptDay) is { } reason)
        {
            start = clock.StartOfCounting(local.DateTime);
            explanation.Add(new(receiptDay, $"Nhận vào ngày nghỉ ({reason}): tính từ {InstantText(start)}"));
        }
        else if (cutoff is { } limit && receiptTime > limit)
        {
            start = calendar.NextWorkingDay(receiptDay).ToDateTime(hours.MorningStart);
            explanation.Add(new(receiptDay, $"Nhận sau {TimeText(limit)}: tính từ {InstantText(start)}"));
        }
        else
        {
            start = clock.StartOfCounting(local.DateTime);
            if (start != local.DateTime)
                explanation.Add(new(receiptDay, $"Nhận ngoài giờ hành chính: tính từ {InstantText(start)}"));
        }

        var legalDueAt = clock.Add(start, TimeSpan.FromHours(amount));

        var paused = new Dictionary<DateOnly, string>();
        var pausedTime = TimeSpan.Zero;
        foreach (var interval in Merge(pauses))
        {
            foreach (var (day, span) in clock.Between(interval.From, interval.To))
            {
                paused.TryAdd(day, interval.Reason);
                pausedTime += span;
            }
        }

        var dueAt = clock.Add(legalDueAt, pausedTime);
        return new Counted(receiptDay, DateOnly.FromDateTime(start), DateOnly.FromDateTime(legalDueAt), DateOnly.FromDateTime(dueAt),
            new DateTimeOffset(dueAt, VietnamTime.Offset), paused);
    }

    // Overlapping pauses must not pause the same working hour twice.
    private static List<(DateTime From, DateTime To, string Reason)> Merge(List<Pause> pauses)
    {
        var merged = new List<(DateTime From, DateTime To, string Reason)>();
        foreach (var pause in pauses.Where(p => p.End is not null).OrderBy(p => p.Start))
        {
            var from = VietnamTime.ToLocal(pause.Start).DateTime;
            var to = VietnamTime.ToLocal(pause.End!.Value).DateTime;
            if (merged.Count > 0 && from <= merged[^1].To)
            {
                var last = merged[^1];
                merged[^1] = (last.From, to > last.To ? to : last.To, last.Reason);
            }
            else
            {
                merged.Add((from, to, pause.Reason));
            }
        }

        return merged;
    }

    private static void Explain(WorkingCalendar calendar, Counted counted, List<ExplanationEntry> explanation)
    {
        // From the day after receipt, so that the days off between a late or holiday receipt and the start of the
        // count (e.g. all of Tết) are explained too.
        for (var day = counted.ReceiptDay.AddDays(1); day <= counted.DueDate; day = day.AddDays(1))
        {
            if (calendar.NonWorkingReason(day) is { } reason)
                explanation.Add(new(day, reason));
            else if (!counted.Paused.ContainsKey(day) && calendar.SpecialDayOn(day) is { Kind: SpecialDayKind.WorkingSaturday } saturday)
                explanation.Add(new(day, saturday.Name));
        }

        foreach (var (day, reason) in counted.Paused)
            explanation.Add(new(day, $"Tạm dừng: {reason}"));
    }

    private static string DayText(DateOnly date) => $"{VietnamTime.DayName(date.DayOfWeek)} {VietnamTime.Format(date)}";

    private static string TimeText(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string InstantText(DateTime local) =>
        $"{TimeText(TimeOnly.FromDateTime(local))} {DayText(DateOnly.FromDateTime(local))}";

    private sealed record Counted(DateOnly ReceiptDay, DateOnly EffectiveFrom, DateOnly LegalDueDate, DateOnly DueDate, DateTimeOffset? DueAt,
        IReadOnlyDictionary<DateOnly, string> Paused);
}
