using FluentValidation;
using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;

namespace MotCua.Application.Processing;

/// <summary>
/// The applicant asked to withdraw the dossier (công dân yêu cầu rút hồ sơ, status 7). The officer records how the
/// request was made (a written request handed in at the counter, by post, online…), which stays in the history.
/// </summary>
public sealed record RecordWithdrawal(string Code, int Version, string? WithdrawalNote) : ICommand<string>;

public sealed class RecordWithdrawalValidator : AbstractValidator<RecordWithdrawal>
{
    public RecordWithdrawalValidator()
    {
        RuleFor(c => c.WithdrawalNote)
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Vui lòng ghi rõ công dân yêu cầu rút hồ sơ bằng hình thức nào (đơn, trực tuyến…).")
            .MaximumLength(1000).WithMessage("Ghi chú quá dài (tối đa 1.000 ký tự).");
    }
}

internal sealed class RecordWithdrawalHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<RecordWithdrawal, string>
{
    public async ValueTask<string> Handle(RecordWithdrawal command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, DossierActions.ReceptionOrProcessing(user), "ghi nhận rút", mustHold: false, cancellationToken);

        dossier.Withdraw(clock.GetUtcNow(), user.ToActor(), $"Công dân yêu cầu rút hồ sơ: {command.WithdrawalNote!.Trim()}");
        audit.Record("dossier.withdraw", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }
}
