using FluentValidation;
using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;

namespace MotCua.Application.Reception;

/// <summary>Form 03: refuse to accept, with the reason written on the slip.</summary>
public sealed record RefuseDossier(string Code, int Version, string Reason) : ICommand<string>;

public sealed class RefuseDossierValidator : AbstractValidator<RefuseDossier>
{
    public RefuseDossierValidator()
    {
        RuleFor(c => c.Reason)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Vui lòng ghi rõ lý do từ chối tiếp nhận.")
            .MaximumLength(1900).WithMessage("Lý do từ chối quá dài (tối đa 1.900 ký tự).");
    }
}

internal sealed class RefuseDossierHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<RefuseDossier, string>
{
    public async ValueTask<string> Handle(RefuseDossier command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, user.IsInRole(Roles.Reception), "từ chối tiếp nhận", mustHold: false, cancellationToken);

        dossier.Refuse(clock.GetUtcNow(), user.ToActor(), command.Reason);
        audit.Record("dossier.refuse", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }
}
