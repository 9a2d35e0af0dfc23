using MotCua.Application.Common;
using MotCua.Domain.Reporting;

namespace MotCua.Application.Dashboard;

/// <summary>
/// The rollup rows a period of days is summed from: the monthly rows of its whole months and the day rows of its edge
/// months (none when the period is whole months), each day row standing in for its month (<c>Day / 100</c>).
/// </summary>
internal static class PeriodRows
{
    /// <summary>
    /// Unit counters of the period, and before it: rows before the period have month 0, so what was received there and
    /// neither resolved nor closed there is what the period started with.
    /// </summary>
    public static IQueryable<UnitMonthRollup> UnitCountersUpTo(IAppDbContext db, IReadOnlyCollection<int> unitIds, DayRange period)
    {
        var (first, whole, fromDay) = (period.Months.From, period.WholeMonths, period.FromDay);
        var months = db.UnitMonthRollups
            .Where(r => unitIds.Contains(r.UnitId) && (r.Month < first || (r.Month >= whole.From && r.Month <= whole.To)))
            .Select(r => new UnitMonthRollup
            {
                UnitId = r.UnitId, Month = r.Month < first ? 0 : r.Month, Channel = r.Channel, Received = r.Received,
                ResolvedEarly = r.ResolvedEarly, ResolvedOnTime = r.ResolvedOnTime, ResolvedLate = r.ResolvedLate,
                ClosedWithoutResult = r.ClosedWithoutResult, DossiersWithSupplement = r.DossiersWithSupplement,
                ElectronicResults = r.ElectronicResults, ProcessingWorkingDays = r.ProcessingWorkingDays, Ratings = r.Ratings,
                RatingsSatisfied = r.RatingsSatisfied,
            });
        if (period.IsWholeMonths)
        {
            return months;
        }

        var (firstDay, toDay, wholeStart, wholeEnd) = (period.FirstMonthStartDay, period.ToDay, period.WholeStartDay, period.WholeEndDay);
        return months.Concat(db.UnitDayRollups
            .Where(r => unitIds.Contains(r.UnitId) && r.Day >= firstDay && r.Day <= toDay && (r.Day < wholeStart || r.Day > wholeEnd))
            .Select(r => new UnitMonthRollup
            {
                UnitId = r.UnitId, Month = r.Day < fromDay ? 0 : r.Day / 100, Channel = r.Channel, Received = r.Received,
                ResolvedEarly = r.ResolvedEarly, ResolvedOnTime = r.ResolvedOnTime, ResolvedLate = r.ResolvedLate,
                ClosedWithoutResult = r.ClosedWithoutResult, DossiersWithSupplement = r.DossiersWithSupplement,
                ElectronicResults = r.ElectronicResults, ProcessingWorkingDays = r.ProcessingWorkingDays, Ratings = r.Ratings,
                RatingsSatisfied = r.RatingsSatisfied,
            }));
    }

    /// <summary>Per-procedure counters of the period (the on-time ones), for the breakdown by procedure and drill-down totals.</summary>
    public static IQueryable<PeriodRollup> ProcedureCounters(IAppDbContext db, IReadOnlyCollection<int> unitIds, DayRange period)
    {
        var months = period.WholeMonths;
        var monthly = db.PeriodRollups.Where(r => unitIds.Contains(r.UnitId) && r.Month >= months.From && r.Month <= months.To);
        if (period.IsWholeMonths)
        {
            return monthly;
        }

        var (fromDay, toDay, wholeStart, wholeEnd) = (period.FromDay, period.ToDay, period.WholeStartDay, period.WholeEndDay);
        return monthly
            .Select(r => new PeriodRollup
            {
                UnitId = r.UnitId, ProcedureId = r.ProcedureId, Month = r.Month, Channel = r.Channel, Received = r.Received,
                ResolvedEarly = r.ResolvedEarly, ResolvedOnTime = r.ResolvedOnTime, ResolvedLate = r.ResolvedLate,
            })
            .Concat(db.DayRollups
                .Where(r => unitIds.Contains(r.UnitId) && r.Day >= fromDay && r.Day <= toDay && (r.Day < wholeStart || r.Day > wholeEnd))
                .Select(r => new PeriodRollup
                {
                    UnitId = r.UnitId, ProcedureId = r.ProcedureId, Month = r.Day / 100, Channel = r.Channel, Received = r.Received,
                    ResolvedEarly = r.ResolvedEarly, ResolvedOnTime = r.ResolvedOnTime, ResolvedLate = r.ResolvedLate,
                }));
    }

    /// <summary>The processing-time histogram of the results of the period.</summary>
    public static IQueryable<ProcessingTimeRollup> Histogram(IAppDbContext db, IReadOnlyCollection<int> unitIds, DayRange period)
    {
        var whole = period.WholeMonths;
        var months = db.ProcessingTimeRollups.Where(h => unitIds.Contains(h.UnitId) && h.Month >= whole.From && h.Month <= whole.To);
        if (period.IsWholeMonths)
        {
            return months;
        }

        var (fromDay, toDay, wholeStart, wholeEnd) = (period.FromDay, period.ToDay, period.WholeStartDay, period.WholeEndDay);
        return months
            .Select(h => new ProcessingTimeRollup { UnitId = h.UnitId, Month = h.Month, WorkingDays = h.WorkingDays, Resolved = h.Resolved })
            .Concat(db.ProcessingTimeDayRollups
            .Where(h => unitIds.Contains(h.UnitId) && h.Day >= fromDay && h.Day <= toDay && (h.Day < wholeStart || h.Day > wholeEnd))
            .Select(h => new ProcessingTimeRollup { UnitId = h.UnitId, Month = h.Day / 100, WorkingDays = h.WorkingDays, Resolved = h.Resolved }));
    }
}
