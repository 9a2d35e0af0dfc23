using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Reporting;

/// <summary>
/// The flows of one receiving unit × month × channel, all procedures together: the sums of its
/// <see cref="PeriodRollup"/> rows, kept by the same status changes in the same transaction. The headline figures
/// and the report by unit read these few rows (units × months × channels) instead of one per procedure.
/// </summary>
public sealed class UnitMonthRollup
{
    public int UnitId { get; set; }

    public int Month { get; set; }

    public Channel Channel { get; set; }

    public int Received { get; set; }

    public int ResolvedEarly { get; set; }

    public int ResolvedOnTime { get; set; }

    public int ResolvedLate { get; set; }

    public int ClosedWithoutResult { get; set; }
}
