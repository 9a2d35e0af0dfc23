using MotCua.Domain.Common;

namespace MotCua.Domain.Dossiers;

/// <summary>The transition table of the dossier life cycle. Anything not listed is refused.</summary>
public static class DossierWorkflow
{
    private static readonly Dictionary<DossierStatus, DossierStatus[]> Allowed = new()
    {
        [DossierStatus.Submitted] =
        [
            DossierStatus.Accepted, DossierStatus.Refused, DossierStatus.SupplementRequested, DossierStatus.Withdrawn,
        ],
        [DossierStatus.Accepted] =
        [
            DossierStatus.InProcessing, DossierStatus.SupplementRequested, DossierStatus.FinancialObligation,
            DossierStatus.Withdrawn, DossierStatus.Stopped, DossierStatus.Resolved,
        ],
        [DossierStatus.InProcessing] =
        [
            DossierStatus.SupplementRequested, DossierStatus.FinancialObligation, DossierStatus.Withdrawn,
            DossierStatus.Stopped, DossierStatus.Resolved,
        ],

        // A supplement answered before acceptance goes back to the online queue; after acceptance, back to processing.
        [DossierStatus.SupplementRequested] =
        [
            DossierStatus.Submitted, DossierStatus.InProcessing, DossierStatus.Withdrawn, DossierStatus.Stopped,
            DossierStatus.Refused,
        ],
        [DossierStatus.FinancialObligation] =
        [
            DossierStatus.InProcessing, DossierStatus.Withdrawn, DossierStatus.Stopped,
        ],
        [DossierStatus.Resolved] = [DossierStatus.Returned],
        [DossierStatus.Refused] = [],
        [DossierStatus.Withdrawn] = [],
        [DossierStatus.Stopped] = [],
        [DossierStatus.Returned] = [],
    };

    public static bool CanMove(DossierStatus from, DossierStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<DossierStatus> NextOf(DossierStatus from) => Allowed[from];

    public static bool IsTerminal(DossierStatus status) => Allowed[status].Length == 0;

    /// <summary>Statuses in which the legal clock does not run.</summary>
    public static bool IsPaused(DossierStatus status) =>
        status is DossierStatus.SupplementRequested or DossierStatus.FinancialObligation;

    /// <summary>Statuses counted as pending (chưa giải quyết) once accepted.</summary>
    public static readonly IReadOnlyList<DossierStatus> PendingStatuses =
    [
        DossierStatus.Accepted, DossierStatus.InProcessing, DossierStatus.SupplementRequested,
        DossierStatus.FinancialObligation,
    ];

    public static bool IsPending(DossierStatus status) => PendingStatuses.Contains(status);

    public static void EnsureCanMove(DossierStatus from, DossierStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new DomainException(
                $"Không thể chuyển hồ sơ từ trạng thái “{from.Vietnamese()}” sang “{to.Vietnamese()}”.");
        }
    }
}
