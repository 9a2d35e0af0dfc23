using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Reports;

/// <summary>Headline figures of the leader's unit and the units below it, for dossiers received in a period.</summary>
public sealed record GetHeadline(DateOnly From, DateOnly To) : IQuery<HeadlineView>;

/// <summary>The figures of <paramref name="UnitName"/> and the units below it for the period.</summary>
public sealed record HeadlineView(string UnitName, DateOnly From, DateOnly To, OnTimeCounts Counts);

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

        var counts = await OnTimeFigures.ForAsync(db, unitIds, fromMonth, toMonth, today, cancellationToken);
        return new HeadlineView(unit.Name, query.From, query.To, counts);
    }
}
