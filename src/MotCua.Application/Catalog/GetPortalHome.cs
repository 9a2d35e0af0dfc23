using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Catalog;

/// <summary>
/// What the public home page shows: the fields of procedures with their counts, the most used procedures and the
/// province's on-time figures for the current year (công khai tiến độ giải quyết).
/// </summary>
public sealed record GetPortalHome(int PopularCount = 8) : IQuery<PortalHome>;

public sealed record PortalHome(IReadOnlyList<FieldCount> Fields, IReadOnlyList<ProcedureSummary> Popular, PublicFigures Figures);

public sealed record FieldCount(string Code, string Name, int Procedures);

/// <summary>Dossiers received (accepted) and resolved in <paramref name="Year"/> across the province, and pending now.</summary>
public sealed record PublicFigures(int Year, Reports.OnTimeCounts Counts);

/// <summary>The fields and the receiving units the catalogue can be filtered by.</summary>
public sealed record GetCatalogFilters : IQuery<CatalogFilters>;

public sealed record CatalogFilters(IReadOnlyList<FieldCount> Fields, IReadOnlyList<UnitOption> Units);

public sealed record UnitOption(int Id, string Name);

internal sealed class GetPortalHomeHandler(IAppDbContext db, Reports.RollupFigureCache figureCache, TimeProvider clock)
    : IQueryHandler<GetPortalHome, PortalHome>
{
    public async ValueTask<PortalHome> Handle(GetPortalHome query, CancellationToken cancellationToken)
    {
        var fields = await CatalogQueries.FieldCountsAsync(db, cancellationToken);
        var popular = await db.Procedures.AsNoTracking()
            .Where(p => p.IsActive)
            .OrderByDescending(p => p.Popularity).ThenBy(p => p.Code)
            .Take(query.PopularCount)
            .Select(p => new ProcedureSummary(p.Code, p.Name, p.Field!.Code, p.Field.Name, p.ImplementingLevel, p.OnlineLevel,
                p.TimeLimit, p.TimeLimitUnit, p.Fee))
            .ToListAsync(cancellationToken);
        return new PortalHome(fields, popular, await FiguresAsync(cancellationToken));
    }

    /// <summary>
    /// This year's figures of the whole province, from the rollups and the pending counters, computed once per day
    /// until any unit's rollups change.
    /// </summary>
    private async Task<PublicFigures> FiguresAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var counts = await figureCache.GetForAllUnitsAsync(
            (nameof(PublicFigures), today),
            () => Reports.OnTimeFigures.ForAsync(db, unitIds: null, today.Year * 100 + 1, today.Year * 100 + 12, today, cancellationToken),
            cancellationToken);
        return new PublicFigures(today.Year, counts);
    }
}

internal sealed class GetCatalogFiltersHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetCatalogFilters, CatalogFilters>
{
    public async ValueTask<CatalogFilters> Handle(GetCatalogFilters query, CancellationToken cancellationToken)
    {
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var fields = await CatalogQueries.FieldCountsAsync(db, cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
            .Where(u => db.Procedures.Any(p => p.IsActive && p.ReceivingUnits.Any(r => r.UnitId == u.Id)))
            .Select(u => new { u.Id, u.Name, u.Level })
            .ToListAsync(cancellationToken);
        return new CatalogFilters(fields, units
            .OrderBy(u => u.Level).ThenBy(u => u.Name, CatalogQueries.VietnameseOrder)
            .Select(u => new UnitOption(u.Id, u.Name))
            .ToList());
    }
}

internal static class CatalogQueries
{
    /// <summary>Sorts Vietnamese names as a reader expects ("Đất đai" after "Chứng thực"), which SQL collations do not.</summary>
    public static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public static async Task<List<FieldCount>> FieldCountsAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var fields = await db.Fields.AsNoTracking()
            .Select(f => new { f.Code, f.Name, Count = db.Procedures.Count(p => p.IsActive && p.FieldId == f.Id) })
            .Where(f => f.Count > 0)
            .ToListAsync(cancellationToken);
        return fields.Select(f => new FieldCount(f.Code, f.Name, f.Count)).OrderBy(f => f.Name, VietnameseOrder).ToList();
    }
}
