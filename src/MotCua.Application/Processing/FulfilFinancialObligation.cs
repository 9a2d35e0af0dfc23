using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;

namespace MotCua.Application.Processing;

/// <summary>Đã hoàn thành nghĩa vụ tài chính: processing resumes and the due date moves by the paused working time.</summary>
public sealed record FulfilFinancialObligation(string Code, int Version) : ICommand<string>;

internal sealed class FulfilFinancialObligationHandler(
    IAppDbContext db, ICurrentUser user, IAuditLog audit, IWorkingCalendarProvider calendars, TimeProvider clock)
    : ICommandHandler<FulfilFinancialObligation, string>
{
    public async ValueTask<string> Handle(FulfilFinancialObligation command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, DossierActions.ReceptionOrProcessing(user), "xử lý", mustHold: false, cancellationToken);

        dossier.FulfilFinancialObligation(clock.GetUtcNow(), user.ToActor(), await calendars.GetAsync(cancellationToken));
        audit.Record("dossier.financial-obligation-done", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }
}
