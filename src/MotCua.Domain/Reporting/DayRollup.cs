using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Reporting;

/// <summary>
/// The counters of one receiving unit × procedure × local day × channel: the <see cref="PeriodRollup"/> increments
/// again, kept by the same status changes in the same transaction, at the grain of a day. A period that starts or
/// ends inside a month (a custom range) reads its whole months from the monthly rows and only the days of its two
/// edge months from these. Days are local (UTC+7) days of the event, as yyyyMMdd, so <c>Day / 100</c> is the month.
/// </summary>
public sealed class DayRollup
{
    public int UnitId { get; set; }

    public int ProcedureId { get; set; }

    public int Day { get; set; }

    public Channel Channel { get; set; }

    public int Received { get; set; }

    public int ResolvedEarly { get; set; }

    public int ResolvedOnTime { get; set; }

    public int ResolvedLate { get; set; }

    public int ClosedWithoutResult { get; set; }

    /// <inheritdoc cref="PeriodRollup.DossiersWithSupplement"/>
    public int DossiersWithSupplement { get; set; }

    /// <inheritdoc cref="PeriodRollup.ElectronicResults"/>
    public int ElectronicResults { get; set; }

    /// <inheritdoc cref="PeriodRollup.ProcessingWorkingDays"/>
    public long ProcessingWorkingDays { get; set; }

    public int Ratings { get; set; }

    public int RatingsSatisfied { get; set; }

    public static int DayOf(DateTimeOffset at) => Number(VietnamTime.LocalDate(at));

    /// <summary>A date as yyyyMMdd.</summary>
    public static int Number(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>The day's share of a monthly increment (the counters a day row keeps), or null when it adds none of them.</summary>
    public static DayRollup? Of(PeriodRollup delta, DateTimeOffset at)
    {
        var day = new DayRollup
        {
            UnitId = delta.UnitId,
            ProcedureId = delta.ProcedureId,
            Day = DayOf(at),
            Channel = delta.Channel,
            Received = delta.Received,
            ResolvedEarly = delta.ResolvedEarly,
            ResolvedOnTime = delta.ResolvedOnTime,
            ResolvedLate = delta.ResolvedLate,
            ClosedWithoutResult = delta.ClosedWithoutResult,
            DossiersWithSupplement = delta.DossiersWithSupplement,
            ElectronicResults = delta.ElectronicResults,
            ProcessingWorkingDays = delta.ProcessingWorkingDays,
            Ratings = delta.Ratings,
            RatingsSatisfied = delta.RatingsSatisfied,
        };
        return day.IsEmpty ? null : day;
    }

    public bool IsEmpty => Received == 0 && ResolvedEarly == 0 && ResolvedOnTime == 0 && ResolvedLate == 0
        && ClosedWithoutResult == 0 && DossiersWithSupplement == 0 && ElectronicResults == 0 && ProcessingWorkingDays == 0
        && Ratings == 0 && RatingsSatisfied == 0;

    public void Add(DayRollup other)
    {
        Received += other.Received;
        ResolvedEarly += other.ResolvedEarly;
        ResolvedOnTime += other.ResolvedOnTime;
        ResolvedLate += other.ResolvedLate;
        ClosedWithoutResult += other.ClosedWithoutResult;
        DossiersWithSupplement += other.DossiersWithSupplement;
        ElectronicResults += other.ElectronicResults;
        ProcessingWorkingDays += other.ProcessingWorkingDays;
        Ratings += other.Ratings;
        RatingsSatisfied += other.RatingsSatisfied;
    }
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
public sealed class UnitDayRollup
{
    public int UnitId { get; set; }

    public int Day { get; set; }

    public Channel Channel { get; set; }

    public int Received { get; set; }

    public int ResolvedEarly { get; set; }

    public int ResolvedOnTime { get; set; }

    public int ResolvedLate { get; set; }

    public int ClosedWithoutResult { get; set; }

    public int DossiersWithSupplement { get; set; }

    public int ElectronicResults { get; set; }

    public long ProcessingWorkingDays { get; set; }

    public int Ratings { get; set; }

    public int RatingsSatisfied { get; set; }

    /// <summary>The day rows summed per unit, day and channel.</summary>
    public static IEnumerable<UnitDayRollup> Sum(IEnumerable<DayRollup> days) => days
        .GroupBy(d => (d.UnitId, d.Day, d.Channel))
        .Select(g => new UnitDayRollup
        {
            UnitId = g.Key.UnitId,
            Day = g.Key.Day,
            Channel = g.Key.Channel,
            Received = g.Sum(d => d.Received),
            ResolvedEarly = g.Sum(d => d.ResolvedEarly),
            ResolvedOnTime = g.Sum(d => d.ResolvedOnTime),
            ResolvedLate = g.Sum(d => d.ResolvedLate),
            ClosedWithoutResult = g.Sum(d => d.ClosedWithoutResult),
            DossiersWithSupplement = g.Sum(d => d.DossiersWithSupplement),
            ElectronicResults = g.Sum(d => d.ElectronicResults),
            ProcessingWorkingDays = g.Sum(d => d.ProcessingWorkingDays),
            Ratings = g.Sum(d => d.Ratings),
            RatingsSatisfied = g.Sum(d => d.RatingsSatisfied),
        });
}
