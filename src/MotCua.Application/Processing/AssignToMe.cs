using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;

namespace MotCua.Application.Processing;

/// <summary>The officer takes a pending dossier of the unit (giao cho tôi xử lý).</summary>
public sealed record AssignToMe(string Code, int Version) : ICommand<string>;

internal sealed class AssignToMeHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<AssignToMe, string>
{
    public async ValueTask<string> Handle(AssignToMe command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, ProcessingActions.Processes(user), "xử lý", mustHold: true, cancellationToken);

        dossier.AssignTo(user.UserId ?? string.Empty, clock.GetUtcNow());
        audit.Record("dossier.assign", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }
}
