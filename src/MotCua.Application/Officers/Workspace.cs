using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Officers;

/// <summary>The start page of an officer: their unit and the dossiers waiting for them, by kind of work.</summary>
public sealed record GetWorkspace : IQuery<WorkspaceView>;

public sealed record WorkspaceView(
    string UnitName,
    IReadOnlyList<string> Roles,
    int OnlineQueue,
    int InProcessing,
    int WaitingForSupplement,
    int ReadyToReturn,
    int AssignedToMe);

internal sealed class GetWorkspaceHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetWorkspace, WorkspaceView>
{
    private static readonly DossierStatus[] TileStatuses =
    [
        DossierStatus.Submitted, DossierStatus.Accepted, DossierStatus.InProcessing, DossierStatus.SupplementRequested,
        DossierStatus.Resolved,
    ];

    public async ValueTask<WorkspaceView> Handle(GetWorkspace query, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId ?? throw new NotFoundException();
        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);

        // One grouped count over the (CurrentUnitId, Status, …) index instead of a query per tile, reading only the
        // tiles' statuses: the unit's finished dossiers (nearly all of its history) are never stepped over.
        var byStatus = await db.Dossiers
            .Where(d => d.CurrentUnitId == unitId && TileStatuses.Contains(d.Status))
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, cancellationToken);
        var mine = await db.Dossiers.CountAsync(
            d => d.AssigneeId == user.UserId && DossierWorkflow.PendingStatuses.Contains(d.Status), cancellationToken);

        int Count(DossierStatus s) => byStatus.GetValueOrDefault(s);
        return new WorkspaceView(
            unitName,
            Common.Security.Roles.All.Where(user.IsInRole).Select(Common.Security.Roles.Vietnamese).ToList(),
            Count(DossierStatus.Submitted),
            Count(DossierStatus.Accepted) + Count(DossierStatus.InProcessing),
            Count(DossierStatus.SupplementRequested),
            Count(DossierStatus.Resolved),
            mine);
    }
}
