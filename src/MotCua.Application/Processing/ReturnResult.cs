using FluentValidation;
using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;

namespace MotCua.Application.Processing;

/// <summary>The result is handed to the applicant or their representative (đã trả kết quả), with the receiver's name.</summary>
public sealed record ReturnResult(string Code, int Version, string ReceivedBy) : ICommand<string>;

public sealed class ReturnResultValidator : AbstractValidator<ReturnResult>
{
    public ReturnResultValidator()
    {
        RuleFor(c => c.ReceivedBy)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Phải ghi tên người nhận kết quả.")
            .MaximumLength(200).WithMessage("Tên người nhận kết quả không quá 200 ký tự.");
    }
}

internal sealed class ReturnResultHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<ReturnResult, string>
{
    public async ValueTask<string> Handle(ReturnResult command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, ProcessingActions.Processes(user) || user.IsInRole(Roles.Reception), "trả kết quả", mustHold: false, cancellationToken);

        dossier.ReturnResult(clock.GetUtcNow(), user.ToActor(), command.ReceivedBy);
        audit.Record("dossier.return", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }
}
