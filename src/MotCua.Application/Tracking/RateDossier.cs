using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;

namespace MotCua.Application.Tracking;

/// <summary>Đánh giá mức độ hài lòng, by the key holder, once per dossier.</summary>
public sealed record RateDossier(string? Code, string? Key, int? Result, int? Attitude, int? TimeTaken, string? Comment)
    : ICommand<Unit>;

public sealed class RateDossierValidator : AbstractValidator<RateDossier>
{
    public RateDossierValidator()
    {
        RuleFor(x => x.Result).Must(v => v is >= 1 and <= 5).WithMessage("Vui lòng chọn mức đánh giá kết quả giải quyết (1–5).");
        RuleFor(x => x.Attitude).Must(v => v is >= 1 and <= 5).WithMessage("Vui lòng chọn mức đánh giá thái độ phục vụ (1–5).");
        RuleFor(x => x.TimeTaken).Must(v => v is >= 1 and <= 5).WithMessage("Vui lòng chọn mức đánh giá thời gian giải quyết (1–5).");
        RuleFor(x => x.Comment).MaximumLength(1000).WithMessage("Góp ý không quá 1000 ký tự.");
    }
}

internal sealed class RateDossierHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RateDossier, Unit>
{
    public async ValueTask<Unit> Handle(RateDossier command, CancellationToken cancellationToken)
    {
        var dossier = await TrackedDossiers.FindAsync(
            db.Dossiers.Include(d => d.Rating), command.Code, command.Key, cancellationToken);
        dossier.Rate(command.Result!.Value, command.Attitude!.Value, command.TimeTaken!.Value, command.Comment, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
