using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Reporting;

/// <summary>
/// Counters of one receiving unit × procedure × month × channel (bảng tổng hợp), kept up to date in the same
/// transaction as every status change, so dashboards and the periodic report never scan the dossier table.
/// Months are local (UTC+7) months of the event, as yyyyMM.
/// </summary>
public sealed class PeriodRollup : RollupCounters
{
    public int UnitId { get; set; }

    public int ProcedureId { get; set; }

    public int Month { get; set; }

    public Channel Channel { get; set; }

    /// <summary>Refused before acceptance (không được tiếp nhận).</summary>
    public int Refused { get; set; }

    public int SupplementRequests { get; set; }

    public int Returned { get; set; }

    /// <summary>Sum of minutes from acceptance to result, for the average processing time.</summary>
    public long ProcessingMinutes { get; set; }

    public int Resolved => ResolvedEarly + ResolvedOnTime + ResolvedLate;

    public static int MonthOf(DateTimeOffset at)
    {
        var local = VietnamTime.LocalDate(at);
        return local.Year * 100 + local.Month;
    }

    /// <summary>The counters one status change adds. Zero or one delta per event.</summary>
    public static PeriodRollup? DeltaFor(Dossier dossier, DossierMoved moved) => DeltaFor(RollupFacts.Of(dossier), moved);

    /// <summary>The counters one status change of a dossier in the state <paramref name="dossier"/> adds.</summary>
    public static PeriodRollup? DeltaFor(RollupFacts dossier, DossierMoved moved)
    {
        var delta = new PeriodRollup
        {
            UnitId = dossier.UnitId,
            ProcedureId = dossier.ProcedureId,
            Month = MonthOf(moved.At),
            Channel = dossier.Channel,
        };
        switch (moved.To)
        {
            case DossierStatus.Accepted:
                delta.Received = 1;
                delta.ElectronicResults = dossier.DeliveryMethod == DeliveryMethod.Online ? 1 : 0;
                break;
            case DossierStatus.Refused when dossier.ReceivedAt is null:
                delta.Refused = 1;
                break;
            case DossierStatus.Refused or DossierStatus.Withdrawn or DossierStatus.Stopped when dossier.ReceivedAt is not null:
                delta.ClosedWithoutResult = 1;
                break;
            case DossierStatus.SupplementRequested:
                delta.SupplementRequests = 1;
                delta.DossiersWithSupplement = moved.SupplementNumber == 1 ? 1 : 0;
                break;
            case DossierStatus.Resolved:
                if (dossier.CountsAsLate)
                {
                    delta.ResolvedLate = 1;
                }
                else if (dossier.Outcome == Timeliness.Early)
                {
                    delta.ResolvedEarly = 1;
                }
                else
                {
                    delta.ResolvedOnTime = 1;
                }

                delta.ProcessingMinutes = (long)(moved.At - dossier.ReceivedAt!.Value).TotalMinutes;
                delta.ProcessingWorkingDays = moved.WorkingDays ?? 0;
                break;
            case DossierStatus.Returned:
                delta.Returned = 1;
                break;
            default:
                return null;
        }

        return delta;
    }

    /// <summary>The satisfaction counters a new rating adds, in the month it was given.</summary>
    public static PeriodRollup DeltaFor(Dossier dossier, Rating rating) => DeltaFor(RollupFacts.Of(dossier), rating);

    public static PeriodRollup DeltaFor(RollupFacts dossier, Rating rating) => new()
    {
        UnitId = dossier.UnitId,
        ProcedureId = dossier.ProcedureId,
        Month = MonthOf(rating.RatedAt),
        Channel = dossier.Channel,
        Ratings = 1,
        RatingsSatisfied = rating.IsSatisfied ? 1 : 0,
    };

    public void Add(PeriodRollup other)
    {
        AddCounts(other);
        Refused += other.Refused;
        SupplementRequests += other.SupplementRequests;
        Returned += other.Returned;
        ProcessingMinutes += other.ProcessingMinutes;
    }
}

/// <summary>What the rollups read of a dossier to count one of its status changes or its rating.</summary>
public readonly record struct RollupFacts(
    int UnitId, int ProcedureId, Channel Channel, DeliveryMethod DeliveryMethod, DateTimeOffset? ReceivedAt, Timeliness? Outcome,
    bool CountsAsLate)
{
    public static RollupFacts Of(Dossier dossier) => new(
        dossier.ReceivingUnitId, dossier.ProcedureId, dossier.Channel, dossier.DeliveryMethod, dossier.ReceivedAt, dossier.Outcome,
        dossier.CountsAsLate);
}
