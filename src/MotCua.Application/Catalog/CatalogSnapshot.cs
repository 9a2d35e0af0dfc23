using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Common;
using MotCua.Domain.Units;

namespace MotCua.Application.Catalog;

/// <summary>
/// The published catalogue as the public pages use it, read once per <see cref="Domain.Procedures.CatalogStamp"/>:
/// the active procedures (most used first), the fields that have some, the units with their validity, and the name of
/// every procedure and unit (the leaders' dossier lists show them). A province publishes a few thousand procedures at
/// most, so searching this copy is quicker than asking the database.
/// </summary>
public sealed class CatalogSnapshot
{
    private readonly IReadOnlyDictionary<int, string> _procedureNames;

    private readonly IReadOnlyDictionary<int, string> _unitNames;

    private CatalogSnapshot(
        long version, IReadOnlyList<CatalogEntry> procedures, IReadOnlyList<FieldCount> fields, IReadOnlyList<CatalogUnit> units,
        IReadOnlyDictionary<int, string> procedureNames)
    {
        Version = version;
        Procedures = procedures;
        Fields = fields;
        Units = units;
        _procedureNames = procedureNames;
        _unitNames = units.ToDictionary(u => u.Id, u => u.Name);
    }

    public long Version { get; }

    /// <summary>Active procedures, the most used first (then by code).</summary>
    public IReadOnlyList<CatalogEntry> Procedures { get; }

    /// <summary>Fields with at least one active procedure, with how many, in Vietnamese order.</summary>
    public IReadOnlyList<FieldCount> Fields { get; }

    private IReadOnlyList<CatalogUnit> Units { get; }

    /// <summary>The name of any procedure, withdrawn ones included (old dossiers keep theirs).</summary>
    public string ProcedureName(int id) => _procedureNames.GetValueOrDefault(id, string.Empty);

    /// <summary>The name of any unit, merged ones included.</summary>
    public string UnitName(int id) => _unitNames.GetValueOrDefault(id, string.Empty);

    /// <summary>Units valid on <paramref name="day"/> that receive at least one active procedure, province first, by name.</summary>
    public IReadOnlyList<UnitOption> ReceivingUnitsOn(DateOnly day)
    {
        var receiving = Procedures.SelectMany(p => p.UnitIds).ToHashSet();
        return [.. Units
            .Where(u => u.ValidFrom <= day && (u.ValidTo is null || u.ValidTo >= day) && receiving.Contains(u.Id))
            .OrderBy(u => u.Level).ThenBy(u => u.Name, CatalogQueries.VietnameseOrder)
            .Select(u => new UnitOption(u.Id, u.Name))];
    }

    /// <summary>
    /// Every word of the folded text in the folded name; the exact name first, then names starting with the text,
    /// then the most used.
    /// </summary>
    public ProcedurePage Search(SearchProcedures query)
    {
        var folded = TextFolding.Fold(query.Text);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10).ToArray();
        var found = Procedures.Where(p =>
            words.All(w => p.SearchName.Contains(w, StringComparison.Ordinal))
            && (string.IsNullOrWhiteSpace(query.FieldCode) || p.Summary.FieldCode == query.FieldCode)
            && (query.UnitId is not { } unitId || p.UnitIds.Contains(unitId))
            && (query.OnlineLevel is not { } level || p.Summary.OnlineLevel == level))
            .ToList();
        // A stable sort: within each rank the catalogue's own order (most used first) stays.
        var items = found
            .OrderByDescending(p => folded.Length > 0 && p.SearchName == folded)
            .ThenByDescending(p => folded.Length > 0 && p.SearchName.StartsWith(folded, StringComparison.Ordinal))
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(p => p.Summary)
            .ToList();
        return new ProcedurePage(items, found.Count, query.Page, query.PageSize);
    }

    public static async Task<CatalogSnapshot> LoadAsync(IAppDbContext db, long version, CancellationToken cancellationToken)
    {
        var procedures = await db.Procedures.AsNoTracking()
            .Where(p => p.IsActive)
            .OrderByDescending(p => p.Popularity).ThenBy(p => p.Code)
            .Select(p => new
            {
                Summary = new ProcedureSummary(p.Code, p.Name, p.Field!.Code, p.Field.Name, p.ImplementingLevel, p.OnlineLevel,
                    p.TimeLimit, p.TimeLimitUnit, p.Fee),
                p.SearchName,
                p.FieldId,
                UnitIds = p.ReceivingUnits.Select(u => u.UnitId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var fields = await db.Fields.AsNoTracking().Select(f => new { f.Id, f.Code, f.Name }).ToListAsync(cancellationToken);
        var procedureNames = await db.Procedures.Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Select(u => new CatalogUnit(u.Id, u.Name, u.Level, u.ValidFrom, u.ValidTo))
            .ToListAsync(cancellationToken);

        var perField = procedures.CountBy(p => p.FieldId).ToDictionary();
        return new CatalogSnapshot(
            version,
            [.. procedures.Select(p => new CatalogEntry(p.Summary, p.SearchName, p.UnitIds.ToHashSet()))],
            [.. fields.Where(f => perField.ContainsKey(f.Id))
                .Select(f => new FieldCount(f.Code, f.Name, perField[f.Id]))
                .OrderBy(f => f.Name, CatalogQueries.VietnameseOrder)],
            units,
            procedureNames);
    }

    private sealed record CatalogUnit(int Id, string Name, UnitLevel Level, DateOnly ValidFrom, DateOnly? ValidTo);
}

/// <summary>An active procedure as listed, with its folded name for searching and the units that receive it.</summary>
public sealed record CatalogEntry(ProcedureSummary Summary, string SearchName, IReadOnlySet<int> UnitIds);
