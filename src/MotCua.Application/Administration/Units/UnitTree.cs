using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Units;

namespace MotCua.Application.Administration.Units;

/// <summary>Every unit as a tree: the province, then its departments and communes; merged units show their successor.</summary>
public sealed record GetUnitTree : IQuery<IReadOnlyList<UnitNode>>;

public sealed record UnitNode(
    int Id,
    string Code,
    string Name,
    UnitLevel Level,
    int? ParentId,
    int Depth,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string? SuccessorName,
    int Dossiers);

/// <summary>A unit offered in a list of choices (parent, successor, receiving unit, officer's unit).</summary>
public sealed record UnitChoice(int Id, string Code, string Name, UnitLevel Level, DateOnly? ValidTo);

public sealed record GetUnitChoices : IQuery<IReadOnlyList<UnitChoice>>;

internal sealed class GetUnitTreeHandler(IAppDbContext db) : IQueryHandler<GetUnitTree, IReadOnlyList<UnitNode>>
{
    public async ValueTask<IReadOnlyList<UnitNode>> Handle(GetUnitTree query, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking()
            .Select(u => new
            {
                u.Id, u.Code, u.Name, u.Level, u.ParentId, u.ValidFrom, u.ValidTo,
                SuccessorName = u.Successor != null ? u.Successor.Name : null,
            })
            .ToListAsync(cancellationToken);
        var dossiers = await db.Dossiers.AsNoTracking()
            .GroupBy(d => d.ReceivingUnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UnitId, x => x.Count, cancellationToken);

        var children = units.ToLookup(u => u.ParentId);
        var known = units.Select(u => u.Id).ToHashSet();
        var result = new List<UnitNode>(units.Count);
        var seen = new HashSet<int>();

        void Visit(int? parentId, int depth)
        {
            // Current units first, then ended ones; each group by level then name.
            foreach (var u in children[parentId].OrderBy(u => u.ValidTo != null).ThenBy(u => u.Level).ThenBy(u => u.Name))
            {
                if (!seen.Add(u.Id))
                    continue;
                result.Add(new UnitNode(u.Id, u.Code, u.Name, u.Level, u.ParentId, depth, u.ValidFrom, u.ValidTo,
                    u.SuccessorName, dossiers.GetValueOrDefault(u.Id)));
                Visit(u.Id, depth + 1);
            }
        }

        Visit(null, 0);

        // A unit whose parent is missing still appears, at the top.
        foreach (var orphan in units.Where(u => u.ParentId is { } p && !known.Contains(p)))
        {
            Visit(orphan.ParentId, 0);
        }

        return result;
    }
}

internal sealed class GetUnitChoicesHandler(IAppDbContext db) : IQueryHandler<GetUnitChoices, IReadOnlyList<UnitChoice>>
{
    public async ValueTask<IReadOnlyList<UnitChoice>> Handle(GetUnitChoices query, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking()
            .OrderBy(u => u.Level).ThenBy(u => u.Name)
            .Select(u => new UnitChoice(u.Id, u.Code, u.Name, u.Level, u.ValidTo))
            .ToListAsync(cancellationToken);
}
