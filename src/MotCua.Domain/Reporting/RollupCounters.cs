namespace MotCua.Domain.Reporting;

/// <summary>
/// The counters every rollup row keeps, whatever its key (unit, procedure, month or day, channel): what the headline,
/// the quality rates and the breakdowns are summed from. Each row type adds its key; <see cref="PeriodRollup"/> adds
/// a few counters more.
/// </summary>
public abstract class RollupCounters
{
    /// <summary>Accepted (được tiếp nhận): the clock started.</summary>
    public int Received { get; set; }

    public int ResolvedEarly { get; set; }

    public int ResolvedOnTime { get; set; }

    /// <summary>Finished after the due date, or asked for a supplement more than once (counted late by the index).</summary>
    public int ResolvedLate { get; set; }

    /// <summary>Accepted dossiers closed without a result: withdrawn (7) or stopped (8), or refused after acceptance.</summary>
    public int ClosedWithoutResult { get; set; }

    /// <summary>Dossiers asked for a supplement for the first time (the supplement-request rate's numerator).</summary>
    public int DossiersWithSupplement { get; set; }

    /// <summary>Accepted dossiers whose result is delivered electronically (kết quả điện tử): the digitisation figure.</summary>
    public int ElectronicResults { get; set; }

    /// <summary>
    /// Sum of working days taken by the results (see <see cref="Dossiers.Dossier.ProcessingWorkingDays"/>); divided by
    /// the count in the processing-time histogram it gives the average.
    /// </summary>
    public long ProcessingWorkingDays { get; set; }

    public int Ratings { get; set; }

    public int RatingsSatisfied { get; set; }

    /// <summary>No counter of this class is set (a row type's own counters are not looked at).</summary>
    public bool HasNoCounts => Received == 0 && ResolvedEarly == 0 && ResolvedOnTime == 0 && ResolvedLate == 0
        && ClosedWithoutResult == 0 && DossiersWithSupplement == 0 && ElectronicResults == 0 && ProcessingWorkingDays == 0
        && Ratings == 0 && RatingsSatisfied == 0;

    /// <summary>The <paramref name="parts"/>' counters added to <paramref name="row"/> (a row with its key set).</summary>
    public static T Total<T>(T row, IEnumerable<RollupCounters> parts)
        where T : RollupCounters
    {
        foreach (var part in parts)
        {
            row.AddCounts(part);
        }

        return row;
    }

    protected void AddCounts(RollupCounters other)
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
