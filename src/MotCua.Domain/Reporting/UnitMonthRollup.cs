using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Reporting;

/// <summary>
/// The counters of one receiving unit × month × channel, all procedures together: the sums of its
/// <see cref="PeriodRollup"/> rows, kept by the same status changes in the same transaction. The headline figures,
/// the dashboard's quality rates and breakdowns by month and unit, and the report by unit read these few rows
/// (units × months × channels) instead of one per procedure.
/// </summary>
public sealed class UnitMonthRollup : RollupCounters
{
    public int UnitId { get; set; }

    public int Month { get; set; }

    public Channel Channel { get; set; }
}
