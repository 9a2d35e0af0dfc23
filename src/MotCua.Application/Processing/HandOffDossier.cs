using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>
/// Passes a dossier in processing to another unit (chuyển xử lý liên thông): a row of the control sheet (Form 06)
/// with the stage's own deadline taken from the procedure's steps.
/// </summary>
public sealed record HandOffDossier(string Code, int Version, int ToUnitId, string? HandOffNote) : ICommand<HandOffOutcome>;

/// <param name="StillVisible">The sending unit still sees the dossier (it received it); otherwise it left its scope.</param>
public sealed record HandOffOutcome(string Code, string UnitName, bool StillVisible);

public sealed class HandOffDossierValidator : AbstractValidator<HandOffDossier>
{
    public HandOffDossierValidator()
    {
        RuleFor(c => c.ToUnitId).GreaterThan(0).WithMessage("Phải chọn đơn vị nhận hồ sơ.");
        RuleFor(c => c.HandOffNote).MaximumLength(1000).WithMessage("Ghi chú không quá 1.000 ký tự.");
    }
}

internal sealed class HandOffDossierHandler(
    IAppDbContext db, ICurrentUser user, IAuditLog audit, IWorkingCalendarProvider calendars, TimeProvider clock)
    : ICommandHandler<HandOffDossier, HandOffOutcome>
{
    public async ValueTask<HandOffOutcome> Handle(HandOffDossier command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, ProcessingActions.Processes(user), "chuyển xử lý", mustHold: true, cancellationToken);

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == command.ToUnitId, cancellationToken)
            ?? throw new DomainException("Không tìm thấy đơn vị nhận hồ sơ.");
        var plan = await PlanAsync(db, dossier, cancellationToken);
        dossier.HandOff(plan, unit, user.ToActor(), clock.GetUtcNow(), await calendars.GetAsync(cancellationToken), command.HandOffNote);
        audit.Record("dossier.handoff", dossier.Code, $"Đến {unit.Code}");
        await db.SaveChangesAsync(cancellationToken);
        return new HandOffOutcome(dossier.Code, unit.Name, dossier.ReceivingUnitId == user.UnitId);
    }

    /// <summary>The procedure's steps as stages, under the time limit the dossier was accepted with.</summary>
    internal static async Task<ProcessingPlan> PlanAsync(IAppDbContext db, Dossier dossier, CancellationToken cancellationToken)
    {
        var steps = await db.Procedures.AsNoTracking()
            .Where(p => p.Id == dossier.ProcedureId)
            .SelectMany(p => p.Steps)
            .ToListAsync(cancellationToken);
        return ProcessingPlan.Of(steps, dossier.TimeLimit);
    }
}
