using MotCua.Application.Common.Security;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>The processing actions an officer may take now: take the dossier, finish it, hand the result over.</summary>
public sealed record ProcessingActions(bool AssignToMe, bool Resolve, bool ReturnResult)
{
    public bool Any => AssignToMe || Resolve || ReturnResult;

    /// <param name="holds">The officer's unit holds the dossier now (false after it was handed to another unit).</param>
    public static ProcessingActions For(DossierStatus status, string? assigneeId, ICurrentUser user, bool holds = true)
    {
        var processing = Processes(user) && holds;
        return new ProcessingActions(
            AssignToMe: processing && DossierWorkflow.IsPending(status) && assigneeId != user.UserId,
            Resolve: processing && status == DossierStatus.InProcessing,
            ReturnResult: (Processes(user) || user.IsInRole(Roles.Reception)) && status == DossierStatus.Resolved);
    }

    public static bool Processes(ICurrentUser user) => user.IsInRole(Roles.Specialist) || user.IsInRole(Roles.Leader);
}
