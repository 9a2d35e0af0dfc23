using FluentValidation;
using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;
using MotCua.Domain.Common;

namespace MotCua.Application.Processing;

/// <summary>A specialist or leader gives a dossier of their unit to a colleague of the same unit (phân công xử lý).</summary>
public sealed record AssignDossier(string Code, int Version, string? AssigneeId) : ICommand<string>;

public sealed class AssignDossierValidator : AbstractValidator<AssignDossier>
{
    public AssignDossierValidator() =>
        RuleFor(c => c.AssigneeId).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("Phải chọn cán bộ xử lý hồ sơ.");
}

internal sealed class AssignDossierHandler(
    IAppDbContext db, ICurrentUser user, IAuditLog audit, IOfficerDirectory officers, TimeProvider clock)
    : ICommandHandler<AssignDossier, string>
{
    public async ValueTask<string> Handle(AssignDossier command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, ProcessingActions.Processes(user), "phân công xử lý", mustHold: true, cancellationToken);

        var colleague = await ColleagueAsync(officers, user, command.AssigneeId, cancellationToken);
        dossier.AssignTo(colleague.Id, clock.GetUtcNow());
        audit.Record("dossier.assign", dossier.Code, $"Giao cho {colleague.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return colleague.Name;
    }

    /// <summary>The chosen officer must be a specialist or leader of the officer's own unit.</summary>
    internal static async Task<Colleague> ColleagueAsync(
        IOfficerDirectory officers, ICurrentUser user, string? assigneeId, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId ?? throw new NotFoundException();
        return (await officers.ProcessingOfficersAsync(unitId, cancellationToken)).FirstOrDefault(o => o.Id == assigneeId)
            ?? throw new DomainException("Cán bộ được chọn không phải chuyên viên hoặc lãnh đạo của đơn vị đang xử lý hồ sơ.");
    }
}
