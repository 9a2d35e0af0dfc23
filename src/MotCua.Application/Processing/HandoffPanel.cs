using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Units;

namespace MotCua.Application.Processing;

/// <summary>
/// The hand-off part of the officer's dossier page: the control sheet so far, and, for the unit holding the dossier,
/// the units it can go to next (the plan's next unit first) and the colleagues it can be given to.
/// </summary>
public sealed record GetHandoffPanel(string Code) : IQuery<HandoffPanel>;

public sealed record UnitOption(int Id, string Name);

public sealed record HandoffPanel(
    bool HeldHere,
    string HoldingUnitName,
    bool CanHandOff,
    bool CanAssign,
    int? DefaultUnitId,
    string? NextStageName,
    IReadOnlyList<UnitOption> Units,
    IReadOnlyList<Colleague> Colleagues,
    string? AssigneeName,
    IReadOnlyList<ControlRowView> Rows);

internal sealed class GetHandoffPanelHandler(IAppDbContext db, ICurrentUser user, IOfficerDirectory officers, TimeProvider clock)
    : IQueryHandler<GetHandoffPanel, HandoffPanel>
{
    public async ValueTask<HandoffPanel> Handle(GetHandoffPanel query, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.ControlSheet)
            .SingleVisibleAsync(user, query.Code, cancellationToken);
        var holds = HandoffRules.Holds(dossier, user);
        var processes = ProcessingActions.Processes(user);
        var canHandOff = holds && processes && dossier.Status == DossierStatus.InProcessing;
        var canAssign = holds && processes && DossierWorkflow.IsPending(dossier.Status);
        var holdingUnit = await db.Units.AsNoTracking().Where(u => u.Id == dossier.CurrentUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var colleagues = canAssign || dossier.AssigneeId is not null
            ? await officers.ProcessingOfficersAsync(dossier.CurrentUnitId, cancellationToken)
            : [];

        IReadOnlyList<UnitOption> units = [];
        int? defaultUnit = null;
        string? nextStage = null;
        if (canHandOff)
        {
            var plan = await HandOffDossierHandler.PlanAsync(db, dossier, cancellationToken);
            defaultUnit = plan.NextUnit(dossier.ControlSheet.Count, dossier.ReceivingUnitId);
            nextStage = plan.StageAt(dossier.ControlSheet.Count == 0 ? 1 : dossier.ControlSheet.Count)?.Name;
            var today = Domain.Calendar.VietnamTime.LocalDate(clock.GetUtcNow());
            var active = await db.Units.AsNoTracking()
                .Where(u => u.Id != dossier.CurrentUnitId && u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
                .Select(u => new { u.Id, u.Name, u.Level })
                .ToListAsync(cancellationToken);

            // The plan's next unit first, then departments, the province and the communes.
            units =
            [
                .. active.OrderBy(u => u.Id == defaultUnit ? 0 : 1)
                    .ThenBy(u => u.Level == UnitLevel.Department ? 0 : u.Level == UnitLevel.Province ? 1 : 2)
                    .ThenBy(u => u.Name, StringComparer.Ordinal)
                    .Select(u => new UnitOption(u.Id, u.Name)),
            ];
            if (defaultUnit == dossier.CurrentUnitId)
            {
                defaultUnit = null;
            }
        }

        return new HandoffPanel(
            holds,
            holdingUnit,
            canHandOff,
            canAssign,
            defaultUnit,
            nextStage,
            units,
            canAssign ? colleagues : [],
            colleagues.FirstOrDefault(c => c.Id == dossier.AssigneeId)?.Name,
            await ControlSheetRows.ViewAsync(db, dossier.ControlSheet, cancellationToken));
    }
}
