using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Procedures;
using MotCua.Domain.Reporting;
using MotCua.Domain.Units;

namespace MotCua.Application.Dashboard;

/// <summary>
/// A unit a leader can pick; a merged unit keeps its own figures and names its successor. <paramref name="Stamp"/> is
/// its rollup stamp when the scope was read (see <see cref="Domain.Reporting.RollupStamp"/>).
/// </summary>
public sealed record ScopeUnit(int Id, string Name, string? SuccessorName, long Stamp = 0)
{
    public string Label => SuccessorName is null ? Name : $"{Name} (đã sáp nhập vào {SuccessorName})";
}

/// <summary>
/// What a leader oversees: their unit and the units directly below it (merged units included, since their old
/// dossiers report under them), with their rollup stamps. <see cref="UnitIds"/> is narrowed to the picked unit, if any.
/// <paramref name="CatalogVersion"/> is the catalogue's stamp, read with the units (see <see cref="Catalog.CatalogSnapshot"/>).
/// </summary>
public sealed record LeaderScope(ScopeUnit Home, IReadOnlyList<ScopeUnit> Units, int? Picked, long CatalogVersion = 0)
{
    public IReadOnlyList<int> UnitIds => Picked is { } id ? [id] : Units.Select(u => u.Id).ToList();

    /// <summary>
    /// The units as a list's statement reads them, one of the two set: the picked unit (or a home unit with none
    /// below it) alone, or the home unit with the units directly below it.
    /// </summary>
    public (int? UnitId, int? WithUnitsBelow) ListUnits =>
        Picked is { } id ? (id, null) : Units.Count > 1 ? (null, Home.Id) : (Home.Id, null);

    public string Name => Picked is { } id ? Units.Single(u => u.Id == id).Label : Home.Name;

    /// <summary>The sum of the rollup stamps of <see cref="UnitIds"/>, read with the units: figures kept under it are current.</summary>
    public long Stamp => Units.Where(u => UnitIds.Contains(u.Id)).Sum(u => u.Stamp);

    /// <summary>The leader's scope; a <paramref name="unitId"/> outside it answers not found.</summary>
    public static async Task<LeaderScope> LoadAsync(IAppDbContext db, ICurrentUser user, int? unitId, CancellationToken cancellationToken)
    {
        var homeId = user.UnitId ?? throw new NotFoundException();
        var units = await UnitsOf(db.AsDbContext(), homeId).ToListAsync(cancellationToken);
        var list = units
            .OrderBy(u => u.Id == homeId ? 0 : 1)
            .ThenBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
            .Select(u => new ScopeUnit(u.Id, u.Name, u.Successor, u.Stamp))
            .ToList();
        var home = list.FirstOrDefault(u => u.Id == homeId) ?? throw new NotFoundException();
        if (unitId is { } picked && list.All(u => u.Id != picked))
        {
            throw new NotFoundException("Không tìm thấy đơn vị.");
        }

        return new LeaderScope(home, list, unitId, units[0].Catalog);
    }

    /// <summary>A compiled query: every leader page reads it, so its translation is looked up once, not per request.</summary>
    private static readonly Func<DbContext, int, IAsyncEnumerable<UnitRow>> UnitsOf = EF.CompileAsyncQuery(
        (DbContext db, int homeId) => db.Set<Unit>().AsNoTracking()
            .Where(u => u.Id == homeId || u.ParentId == homeId)
            .Select(u => new UnitRow
            {
                Id = u.Id,
                Name = u.Name,
                Successor = u.Successor != null ? u.Successor.Name : null,
                Stamp = db.Set<RollupStamp>().Where(s => s.UnitId == u.Id).Select(s => (long?)s.Version).FirstOrDefault() ?? 0,
                Catalog = db.Set<CatalogStamp>().Where(c => c.Id == CatalogStamp.SingleId).Select(c => c.Version).First(),
            }));

    private sealed class UnitRow
    {
        public int Id { get; init; }

        public required string Name { get; init; }

        public string? Successor { get; init; }

        public long Stamp { get; init; }

        public long Catalog { get; init; }
    }
}
