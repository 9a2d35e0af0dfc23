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
        var from = new DateTimeOffset(query.From.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);
        var to = new DateTimeOffset(query.To.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);
        var today = VietnamTime.LocalDate(clock.GetUtcNow());

        var rows = await db.Dossiers
            .Where(d => unitIds.Contains(d.ReceivingUnitId) && d.SubmittedAt >= from && d.SubmittedAt < to)
            .GroupBy(d => new { d.Status, d.Channel, d.Outcome, Overdue = d.DueDate < today, Repeat = d.SupplementRequestCount > 1 })
            .Select(g => new { g.Key.Status, g.Key.Channel, g.Key.Outcome, g.Key.Overdue, g.Key.Repeat, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // A second supplement request counts the dossier as late in the index, however early it finished.
        var resolved = rows.Where(r => r.Outcome is not null)
            .Select(r => (Outcome: r.Repeat ? Timeliness.Late : r.Outcome!.Value, r.Count))
            .ToList();

        var pending = rows.Where(r => DossierWorkflow.IsPending(r.Status)).ToList();
        return new HeadlineView(
            unit.Name,
            query.From,
            query.To,
            rows.Sum(r => r.Count),
            rows.Where(r => r.Channel == Channel.Online).Sum(r => r.Count),
            resolved.Where(r => r.Outcome == Timeliness.Early).Sum(r => r.Count),
            resolved.Where(r => r.Outcome == Timeliness.OnTime).Sum(r => r.Count),
            resolved.Where(r => r.Outcome == Timeliness.Late).Sum(r => r.Count),
            pending.Where(r => !r.Overdue).Sum(r => r.Count),
            pending.Where(r => r.Overdue).Sum(r => r.Count));
    }
}
