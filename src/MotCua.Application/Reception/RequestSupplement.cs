using FluentValidation;
using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;

namespace MotCua.Application.Reception;

/// <summary>Form 02: everything missing, one item per line, asked for at once.</summary>
public sealed record RequestSupplement(string Code, int Version, string MissingItems) : ICommand<string>
{
    public IReadOnlyList<string> Items => MissingItems
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(i => i.Length > 0)
        .ToList();
}

public sealed class RequestSupplementValidator : AbstractValidator<RequestSupplement>
{
    public RequestSupplementValidator()
    {
        RuleFor(c => c.MissingItems)
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Vui lòng liệt kê đầy đủ các thành phần hồ sơ cần bổ sung, mỗi dòng một nội dung.")
            .MaximumLength(3900).WithMessage("Nội dung yêu cầu bổ sung quá dài (tối đa 3.900 ký tự).");
    }
}

internal sealed class RequestSupplementHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<RequestSupplement, string>
{
    public async ValueTask<string> Handle(RequestSupplement command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, DossierActions.ReceptionOrProcessing(user), "yêu cầu bổ sung", mustHold: false, cancellationToken);

        dossier.RequestSupplement(clock.GetUtcNow(), user.ToActor(), command.Items);
        audit.Record("dossier.supplement", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return dossier.Code;
    }
}
