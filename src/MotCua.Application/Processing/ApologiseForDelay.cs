using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;
using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>
/// Form 04 (Phiếu xin lỗi và hẹn lại ngày trả kết quả): the office apologises for the delay and gives a new
/// appointment. The extension is recorded beside the legal due date, which is never overwritten.
/// </summary>
public sealed record ApologiseForDelay(string Code, int Version, DateOnly? NewDueDate, string? ApologyReason)
    : ICommand<string>;

public sealed class ApologiseForDelayValidator : AbstractValidator<ApologiseForDelay>
{
    public ApologiseForDelayValidator()
    {
        RuleFor(c => c.ApologyReason)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Vui lòng ghi rõ lý do chậm trả kết quả.")
            .MaximumLength(1900).WithMessage("Lý do quá dài (tối đa 1.900 ký tự).");
        RuleFor(c => c.NewDueDate)
            .NotNull().WithMessage("Vui lòng chọn ngày hẹn trả kết quả mới.");
    }
}

internal sealed class ApologiseForDelayHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<ApologiseForDelay, string>
{
    public async ValueTask<string> Handle(ApologiseForDelay command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, ProcessingActions.Processes(user), "xử lý", mustHold: false, cancellationToken);
        if (!ExceptionalActions.CanApologise(dossier.Status))
        {
            throw new DomainException(
                $"Chỉ lập phiếu xin lỗi và hẹn lại cho hồ sơ đang xử lý; hồ sơ đang ở trạng thái “{dossier.Status.Vietnamese()}”.");
        }

        var now = clock.GetUtcNow();
        var newDue = command.NewDueDate!.Value;
        var current = dossier.ExtendedDueDate ?? dossier.DueDate;
        if (current is { } appointment && newDue <= appointment)
        {
            throw Invalid($"Ngày hẹn mới phải sau ngày hẹn hiện tại ({VietnamTime.Format(appointment)}).");
        }

        if (newDue <= VietnamTime.LocalDate(now))
        {
            throw Invalid("Ngày hẹn mới phải sau ngày hôm nay.");
        }

        dossier.GrantExtension(now, user.ToActor(), newDue, command.ApologyReason!);
        audit.Record("dossier.apology", dossier.Code, $"Hẹn lại {VietnamTime.Format(newDue)}");
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }

    private static ValidationException Invalid(string message) =>
        new([new ValidationFailure(nameof(ApologiseForDelay.NewDueDate), message)]);
}
