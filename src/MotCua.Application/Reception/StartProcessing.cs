using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;

namespace MotCua.Application.Reception;

/// <summary>An accepted dossier goes into processing (đang xử lý).</summary>
public sealed record StartProcessing(string Code, int Version) : ICommand<string>;

internal sealed class StartProcessingHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<StartProcessing, string>
{
    public async ValueTask<string> Handle(StartProcessing command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, DossierActions.ReceptionOrProcessing(user), "xử lý", mustHold: false, cancellationToken);

        dossier.StartProcessing(clock.GetUtcNow(), user.ToActor());
        audit.Record("dossier.start", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }
}
