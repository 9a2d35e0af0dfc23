using MotCua.Application.Common.Security;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>The processing actions an officer may take now: take the dossier, finish it, hand the result over.</summary>
public sealed record ProcessingActions(bool AssignToMe, bool Resolve, bool ReturnResult)
{
    public bool Any => AssignToMe || Resolve || ReturnResult;

    public static ProcessingActions For(DossierStatus status, string? assigneeId, ICurrentUser user)
    {
        var processing = Processes(user);
        return new ProcessingActions(
            AssignToMe: processing && DossierWorkflow.IsPending(status) && assigneeId != user.UserId,
            Resolve: processing && status == DossierStatus.InProcessing,
            ReturnResult: (processing || user.IsInRole(Roles.Reception)) && status == DossierStatus.Resolved);
    }

    public static bool Processes(ICurrentUser user) => user.IsInRole(Roles.Specialist) || user.IsInRole(Roles.Leader);
}
