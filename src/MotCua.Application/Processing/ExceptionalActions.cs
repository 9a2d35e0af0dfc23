using MotCua.Application.Common.Security;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>
/// The actions outside the normal path an officer may take now: apology with a new appointment (Form 04), stop
/// processing (Form 05), the applicant's withdrawal, and the financial obligation that pauses the clock.
/// </summary>
public sealed record ExceptionalActions(
    bool Apologise, bool Stop, bool Withdraw, bool RequestFinancialObligation, bool FulfilFinancialObligation)
{
    public bool Any => Apologise || Stop || Withdraw || RequestFinancialObligation || FulfilFinancialObligation;

    public static ExceptionalActions For(DossierStatus status, ICurrentUser user)
    {
        var processing = ProcessingActions.Processes(user);
        var reception = user.IsInRole(Roles.Reception);
        return new ExceptionalActions(
            Apologise: processing && CanApologise(status),
            Stop: processing && DossierWorkflow.CanMove(status, DossierStatus.Stopped),
            Withdraw: (processing || reception) && status != DossierStatus.Submitted
                && DossierWorkflow.CanMove(status, DossierStatus.Withdrawn),
            RequestFinancialObligation: processing && status is DossierStatus.Accepted or DossierStatus.InProcessing,
            FulfilFinancialObligation: (processing || reception) && status == DossierStatus.FinancialObligation);
    }

    /// <summary>
    /// A new appointment is given while the dossier is being worked on (accepted or in processing); while it waits
    /// for the applicant (status 5, 6) the clock stands still and no delay accrues to apologise for.
    /// </summary>
    public static bool CanApologise(DossierStatus status) =>
        status is DossierStatus.Accepted or DossierStatus.InProcessing;
}
