using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;

namespace MotCua.Application.Reception;

/// <summary>The active procedures the officer's unit may receive, with their papers, for the counter form.</summary>
public sealed record GetCounterCatalogue : IQuery<IReadOnlyList<CounterProcedure>>;

public sealed record CounterPaperOption(int Id, string Name, bool OriginalRequired, int Sets, bool IsMandatory);

public sealed record CounterProcedure(int Id, string Code, string Name, string SearchName, IReadOnlyList<CounterPaperOption> Papers);

internal sealed class GetCounterCatalogueHandler(IAppDbContext db, ICurrentUser user)
    : IQueryHandler<GetCounterCatalogue, IReadOnlyList<CounterProcedure>>
{
    public async ValueTask<IReadOnlyList<CounterProcedure>> Handle(GetCounterCatalogue query, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId ?? throw new NotFoundException();
        return await db.Procedures.AsNoTracking()
            .Where(p => p.IsActive && p.ReceivingUnits.Any(u => u.UnitId == unitId))
            .OrderByDescending(p => p.Popularity).ThenBy(p => p.Name)
            .Select(p => new CounterProcedure(
                p.Id,
                p.Code,
                p.Name,
                p.SearchName,
                p.Papers.OrderBy(x => x.Order)
                    .Select(x => new CounterPaperOption(x.Id, x.Name, x.OriginalRequired, x.Sets, x.IsMandatory))
                    .ToList()))
            .ToListAsync(cancellationToken);
    }
}
