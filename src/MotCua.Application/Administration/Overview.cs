using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;

namespace MotCua.Application.Administration;

/// <summary>What an administrator looks after: units, procedures, the calendar and officers.</summary>
public sealed record GetAdminOverview : IQuery<AdminOverview>;

public sealed record AdminOverview(int Units, int ActiveUnits, int Procedures, int OnlineProcedures, int Dossiers);

internal sealed class GetAdminOverviewHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetAdminOverview, AdminOverview>
{
    public async ValueTask<AdminOverview> Handle(GetAdminOverview query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new AdminOverview(
            await db.Units.CountAsync(cancellationToken),
            await db.Units.CountAsync(u => u.ValidTo == null || u.ValidTo >= today, cancellationToken),
            await db.Procedures.CountAsync(cancellationToken),
            await db.Procedures.CountAsync(p => p.OnlineLevel != Domain.Procedures.OnlineLevel.CounterOnly, cancellationToken),
            await db.Dossiers.CountAsync(cancellationToken));
    }
}
