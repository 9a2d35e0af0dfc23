using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Reports;

/// <summary>Headline figures of the leader's unit and the units below it, for dossiers received in a period.</summary>
public sealed record GetHeadline(DateOnly From, DateOnly To) : IQuery<HeadlineView>;

public sealed record HeadlineView(
    string UnitName,
    DateOnly From,
    DateOnly To,
    int Received,
    int Online,
    int Early,
    int OnTime,
    int Late,
    int PendingWithinTime,
    int PendingOverdue)
{
    public int Resolved => Early + OnTime + Late;

    /// <summary>Decision 766: (resolved on time or early + pending still within time) / all dossiers counted.</summary>
    public double? OnTimeRate => Resolved + PendingWithinTime + PendingOverdue is var all and > 0
        ? (double)(Early + OnTime + PendingWithinTime) / all
        : null;
}

internal sealed class GetHeadlineHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetHeadline, HeadlineView>
{
    public async ValueTask<HeadlineView> Handle(GetHeadline query, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId ?? throw new NotFoundException();
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId, cancellationToken);
        var unitIds = await db.Units.Where(u => u.Id == unitId || u.ParentId == unitId).Select(u => u.Id).ToListAsync(cancellationToken);
        var fromMonth = query.From.Year * 100 + query.From.Month;
        var toMonth = query.To.Year * 100 + query.To.Month;
        var today = VietnamTime.LocalDate(clock.GetUtcNow());

        // Flows of the period come from the rollups kept with every status change, never from the dossier table.
        var flows = await db.PeriodRollups
            .Where(r => unitIds.Contains(r.UnitId) && r.Month >= fromMonth && r.Month <= toMonth)
            .GroupBy(r => r.Channel == Channel.Online)
            .Select(g => new
            {
                Online = g.Key,
                Received = g.Sum(r => r.Received),
                Early = g.Sum(r => r.ResolvedEarly),
                OnTime = g.Sum(r => r.ResolvedOnTime),
                Late = g.Sum(r => r.ResolvedLate),
            })
            .ToListAsync(cancellationToken);

        // Pending now: the (Status, DueDate) index covers only the pending statuses.
        var pending = await db.Dossiers
            .Where(d => DossierWorkflow.PendingStatuses.Contains(d.Status) && unitIds.Contains(d.ReceivingUnitId))
            .GroupBy(d => d.DueDate < today)
            .Select(g => new { Overdue = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return new HeadlineView(
            unit.Name,
            query.From,
            query.To,
            flows.Sum(f => f.Received),
            flows.Where(f => f.Online).Sum(f => f.Received),
            flows.Sum(f => f.Early),
            flows.Sum(f => f.OnTime),
            flows.Sum(f => f.Late),
            pending.Where(p => !p.Overdue).Sum(p => p.Count),
            pending.Where(p => p.Overdue).Sum(p => p.Count));
    }
}
