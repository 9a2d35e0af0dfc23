using MotCua.Application.Common.Security;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Reception;

/// <summary>What an officer may do to a dossier now, by its status and the officer's roles.</summary>
public sealed record DossierActions(bool Accept, bool RequestSupplement, bool Refuse, bool StartProcessing)
{
    public bool Any => Accept || RequestSupplement || Refuse || StartProcessing;

    public static DossierActions For(DossierStatus status, ICurrentUser user)
    {
        var reception = user.IsInRole(Roles.Reception);
        var processing = user.IsInRole(Roles.Specialist) || user.IsInRole(Roles.Leader);
        return new DossierActions(
            Accept: reception && status == DossierStatus.Submitted,
            RequestSupplement: (reception || processing)
                && status is DossierStatus.Submitted or DossierStatus.Accepted or DossierStatus.InProcessing,
            Refuse: reception && status is DossierStatus.Submitted or DossierStatus.SupplementRequested,
            StartProcessing: (processing || reception) && status == DossierStatus.Accepted);
    }

    /// <summary>
    /// Refuses an action the officer's role does not allow. A status that no longer allows it (a second click, a
    /// colleague faster) is left to the domain's transition table, which explains it in Vietnamese.
    /// </summary>
    public static void EnsureRole(bool allowedForRole, string action)
    {
        if (!allowedForRole)
        {
            throw new DomainException($"Tài khoản của bạn không được giao nhiệm vụ {action} hồ sơ này.");
        }
    }

    public static bool ReceptionOrProcessing(ICurrentUser user) =>
        user.IsInRole(Roles.Reception) || user.IsInRole(Roles.Specialist) || user.IsInRole(Roles.Leader);
}
