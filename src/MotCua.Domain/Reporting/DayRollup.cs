using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Reporting;

/// <summary>
/// The counters of one receiving unit × procedure × local day × channel: the <see cref="PeriodRollup"/> increments
/// again, kept by the same status changes in the same transaction, at the grain of a day. A period that starts or
/// ends inside a month (a custom range) reads its whole months from the monthly rows and only the days of its two
/// edge months from these. Days are local (UTC+7) days of the event, as yyyyMMdd, so <c>Day / 100</c> is the month.
/// </summary>
public sealed class DayRollup : RollupCounters
{
    public int UnitId { get; set; }

    public int ProcedureId { get; set; }

    public int Day { get; set; }

    public Channel Channel { get; set; }

    public static int DayOf(DateTimeOffset at) => Number(VietnamTime.LocalDate(at));

    /// <summary>A date as yyyyMMdd.</summary>
    public static int Number(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>The day's share of a monthly increment (the counters a day row keeps), or null when it adds none of them.</summary>
    public static DayRollup? Of(PeriodRollup delta, DateTimeOffset at)
    {
        var day = Total(new DayRollup { UnitId = delta.UnitId, ProcedureId = delta.ProcedureId, Day = DayOf(at), Channel = delta.Channel }, [delta]);
        return day.HasNoCounts ? null : day;
    }

    public void Add(DayRollup other) => AddCounts(other);
}

/// <summary>The <see cref="ProcessingTimeRollup"/> histogram at the grain of a local day (yyyyMMdd), for custom ranges.</summary>
public sealed class ProcessingTimeDayRollup
{
    public int UnitId { get; set; }

    public int Day { get; set; }

    public int WorkingDays { get; set; }

    public int Resolved { get; set; }
}

/// <summary>
/// The <see cref="DayRollup"/> rows of a receiving unit × day × channel summed over procedures, kept by the same status
/// changes: what the headline and the breakdowns by month and unit read for the edge days of a custom range.
/// </summary>
public sealed class UnitDayRollup : RollupCounters
{
    public int UnitId { get; set; }

    public int Day { get; set; }

    public Channel Channel { get; set; }

    /// <summary>The day rows summed per unit, day and channel.</summary>
    public static IEnumerable<UnitDayRollup> Sum(IEnumerable<DayRollup> days) => days
        .GroupBy(d => (d.UnitId, d.Day, d.Channel))
        .Select(g => Total(new UnitDayRollup { UnitId = g.Key.UnitId, Day = g.Key.Day, Channel = g.Key.Channel }, g));
}
