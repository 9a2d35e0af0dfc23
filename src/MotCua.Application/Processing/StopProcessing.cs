using FluentValidation;
using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;

namespace MotCua.Application.Processing;

/// <summary>Form 05 (Phiếu dừng xử lý hồ sơ): processing stops for good, with the reason written on the notice.</summary>
public sealed record StopProcessing(string Code, int Version, string? StopReason) : ICommand<string>;

public sealed class StopProcessingValidator : AbstractValidator<StopProcessing>
{
    public StopProcessingValidator()
    {
        RuleFor(c => c.StopReason)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Vui lòng ghi rõ lý do dừng xử lý hồ sơ.")
            .MaximumLength(1900).WithMessage("Lý do quá dài (tối đa 1.900 ký tự).");
    }
}

internal sealed class StopProcessingHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<StopProcessing, string>
{
    public async ValueTask<string> Handle(StopProcessing command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, ProcessingActions.Processes(user), "dừng xử lý", mustHold: true, cancellationToken);

        dossier.Stop(clock.GetUtcNow(), user.ToActor(), command.StopReason!);
        audit.Record("dossier.stop", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }
}
