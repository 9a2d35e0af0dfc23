using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;

namespace MotCua.Application.Reception;

/// <summary>Tiếp nhận an online dossier: the clock starts and the receipt (Form 01) can be printed.</summary>
public sealed record AcceptDossier(string Code, int Version) : ICommand<string>;

internal sealed class AcceptDossierHandler(
    IAppDbContext db, ICurrentUser user, IAuditLog audit, IWorkingCalendarProvider calendars, TimeProvider clock)
    : ICommandHandler<AcceptDossier, string>
{
    public async ValueTask<string> Handle(AcceptDossier command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, user.IsInRole(Roles.Reception), "tiếp nhận", mustHold: false, cancellationToken);

        dossier.Accept(clock.GetUtcNow(), user.ToActor(), await calendars.GetAsync(cancellationToken));
        audit.Record("dossier.accept", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }
}
