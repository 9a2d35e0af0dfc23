using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Reporting;

/// <summary>
/// Histogram of processing time (thời gian giải quyết): how many results of one receiving unit × month took
/// <see cref="WorkingDays"/> working days, the last bucket holding everything from <see cref="LastBucket"/> up.
/// Kept with every resolution like <see cref="PeriodRollup"/>, so the 90th percentile needs no dossier scan; a
/// year of a province is a few thousand rows (units × months × buckets).
/// </summary>
public sealed class ProcessingTimeRollup
{
    /// <summary>Bucket of "31 working days or more".</summary>
    public const int LastBucket = 31;

    public int UnitId { get; set; }

    public int Month { get; set; }

    public int WorkingDays { get; set; }

    public int Resolved { get; set; }

    /// <summary>The bucket one resolution adds to, if its working days were counted.</summary>
    public static ProcessingTimeRollup? DeltaFor(Dossier dossier, DossierMoved moved) => DeltaFor(dossier.ReceivingUnitId, moved);

    public static ProcessingTimeRollup? DeltaFor(int unitId, DossierMoved moved) =>
        moved is { To: DossierStatus.Resolved, WorkingDays: { } days }
            ? new ProcessingTimeRollup
            {
                UnitId = unitId,
                Month = PeriodRollup.MonthOf(moved.At),
                WorkingDays = Math.Min(days, LastBucket),
                Resolved = 1,
            }
            : null;

    /// <summary>
    /// The smallest number of days within which at least <paramref name="share"/> of the results were ready
    /// (nearest-rank percentile); <see cref="LastBucket"/> means "31 or more". Null without results.
    /// </summary>
    public static int? Percentile(IEnumerable<(int WorkingDays, int Resolved)> histogram, double share)
    {
        var buckets = histogram.Where(b => b.Resolved > 0).OrderBy(b => b.WorkingDays).ToList();
        var total = buckets.Sum(b => b.Resolved);
        if (total == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(share * total);
        var seen = 0;
        foreach (var (days, resolved) in buckets)
        {
            seen += resolved;
            if (seen >= rank)
            {
                return days;
            }
        }

        return buckets[^1].WorkingDays;
    }
}
