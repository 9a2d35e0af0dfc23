namespace MotCua.Domain.Calendar;

/// <summary>
/// Arithmetic on working time (giờ làm việc): the office sessions of working days. All values are Vietnam local
/// wall-clock times, which is safe because Vietnam has no daylight saving time.
/// </summary>
internal sealed class OfficeClock(WorkingCalendar calendar, OfficeHours hours)
{
    /// <summary>The first instant at or after <paramref name="local"/> that lies inside an office session.</summary>
    public DateTime StartOfCounting(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (calendar.IsWorkingDay(date))
        {
            if (time < hours.MorningStart)
                return date.ToDateTime(hours.MorningStart);
            if (time < hours.MorningEnd)
                return local;
            if (time < hours.AfternoonStart)
                return date.ToDateTime(hours.AfternoonStart);
            if (time < hours.AfternoonEnd)
                return local;
        }

        return calendar.NextWorkingDay(date).ToDateTime(hours.MorningStart);
    }

    /// <summary>
    /// The instant when <paramref name="amount"/> of working time has elapsed after <paramref name="start"/>.
    /// A session that is used up exactly ends the count at its closing time (17:00 stays 17:00).
    /// </summary>
    public DateTime Add(DateTime start, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        if (amount == TimeSpan.Zero)
            return start;

        var position = StartOfCounting(start);
        var remaining = amount;
        while (true)
        {
            var sessionEnd = SessionEnd(position);
            var available = sessionEnd - position;
            if (remaining <= available)
                return position + remaining;
            remaining -= available;
            position = StartOfCounting(sessionEnd);
        }
    }

    /// <summary>Working time inside [from, to], per local date (dates with none are left out).</summary>
    public IReadOnlyDictionary<DateOnly, TimeSpan> Between(DateTime from, DateTime to)
    {
        var result = new Dictionary<DateOnly, TimeSpan>();
        for (var date = DateOnly.FromDateTime(from); date <= DateOnly.FromDateTime(to); date = date.AddDays(1))
        {
            if (!calendar.IsWorkingDay(date))
                continue;
            var total = Overlap(from, to, date.ToDateTime(hours.MorningStart), date.ToDateTime(hours.MorningEnd))
                + Overlap(from, to, date.ToDateTime(hours.AfternoonStart), date.ToDateTime(hours.AfternoonEnd));
            if (total > TimeSpan.Zero)
                result[date] = total;
        }

        return result;
    }

    private DateTime SessionEnd(DateTime insideSession)
    {
        var date = DateOnly.FromDateTime(insideSession);
        var time = TimeOnly.FromDateTime(insideSession);
        return date.ToDateTime(time < hours.MorningEnd ? hours.MorningEnd : hours.AfternoonEnd);
    }

    private static TimeSpan Overlap(DateTime from, DateTime to, DateTime sessionStart, DateTime sessionEnd)
    {
        var start = from > sessionStart ? from : sessionStart;
        var end = to < sessionEnd ? to : sessionEnd;
        return end > start ? end - start : TimeSpan.Zero;
    }
}
