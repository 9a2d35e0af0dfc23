using System.Globalization;
using FluentValidation;
using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;

namespace MotCua.Application.Processing;

/// <summary>
/// Yêu cầu nghĩa vụ tài chính (status 6): the applicant must pay a fee or tax before processing goes on; the clock
/// pauses until the officer records that it is done. The amount and what it is for are kept in the history.
/// </summary>
public sealed record RequestFinancialObligation(string Code, int Version, decimal? ObligationAmount, string? ObligationNote)
    : ICommand<string>;

public sealed class RequestFinancialObligationValidator : AbstractValidator<RequestFinancialObligation>
{
    public RequestFinancialObligationValidator()
    {
        RuleFor(c => c.ObligationAmount)
            .NotNull().WithMessage("Vui lòng nhập số tiền phải nộp (đồng).")
            .GreaterThan(0).WithMessage("Số tiền phải lớn hơn 0 đồng.")
            .LessThan(1_000_000_000_000m).WithMessage("Số tiền không hợp lệ.");
        RuleFor(c => c.ObligationNote)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Vui lòng ghi rõ nghĩa vụ tài chính (phí, lệ phí, thuế…).")
            .MaximumLength(1000).WithMessage("Nội dung quá dài (tối đa 1.000 ký tự).");
    }
}

internal sealed class RequestFinancialObligationHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<RequestFinancialObligation, string>
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async ValueTask<string> Handle(RequestFinancialObligation command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, ProcessingActions.Processes(user), "xử lý", mustHold: true, cancellationToken);

        var note = $"{command.ObligationNote!.Trim()}. Số tiền: {command.ObligationAmount!.Value.ToString("N0", Vietnamese)} đồng";
        dossier.RequestFinancialObligation(clock.GetUtcNow(), user.ToActor(), note);
        audit.Record("dossier.financial-obligation", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }
}
