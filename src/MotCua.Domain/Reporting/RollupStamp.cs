namespace MotCua.Domain.Reporting;

/// <summary>
/// A counter per unit raised in the same transaction as every change of that unit's rollups or pending counters.
/// The sum over a leader's units changes whenever one of their figures may have changed, so figures computed from
/// the rollups can be kept and reused until then, on every server, at the price of one small read.
/// </summary>
public sealed class RollupStamp
{
    public int UnitId { get; set; }

    public long Version { get; set; }
}
