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

internal sealed class GetPortalHomeHandler(IAppDbContext db, PublicStamps stamps, Reports.RollupFigureCache figureCache, TimeProvider clock)
    : IQueryHandler<GetPortalHome, PortalHome>
{
    public async ValueTask<PortalHome> Handle(GetPortalHome query, CancellationToken cancellationToken)
    {
        var catalog = await stamps.CatalogAsync(cancellationToken);
        return new PortalHome(catalog.Fields, [.. catalog.Procedures.Take(query.PopularCount).Select(p => p.Summary)],
            await FiguresAsync(cancellationToken));
    }

    /// <summary>
    /// This year's figures of the whole province, from the rollups and the pending counters, computed once per day
    /// until any unit's rollups change.
    /// </summary>
    private async Task<PublicFigures> FiguresAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var counts = await figureCache.GetForAllUnitsAtStampAsync(
            await stamps.RollupsAsync(cancellationToken),
            (nameof(PublicFigures), today),
            () => Reports.OnTimeFigures.ForAsync(db, unitIds: null, today.Year * 100 + 1, today.Year * 100 + 12, today, cancellationToken));
        return new PublicFigures(today.Year, counts);
    }
}

internal sealed class GetCatalogFiltersHandler(PublicStamps stamps, TimeProvider clock) : IQueryHandler<GetCatalogFilters, CatalogFilters>
{
    public async ValueTask<CatalogFilters> Handle(GetCatalogFilters query, CancellationToken cancellationToken)
    {
        var catalog = await stamps.CatalogAsync(cancellationToken);
        return new CatalogFilters(catalog.Fields, catalog.ReceivingUnitsOn(VietnamTime.LocalDate(clock.GetUtcNow())));
    }
}

internal static class CatalogQueries
{
    /// <summary>Sorts Vietnamese names as a reader expects ("Đất đai" after "Chứng thực"), which SQL collations do not.</summary>
    public static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
}
