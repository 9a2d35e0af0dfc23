using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;

namespace MotCua.Application.Dashboard;

/// <summary>A unit a leader can pick; a merged unit keeps its own figures and names its successor.</summary>
public sealed record ScopeUnit(int Id, string Name, string? SuccessorName)
{
    public string Label => SuccessorName is null ? Name : $"{Name} (đã sáp nhập vào {SuccessorName})";
}

/// <summary>
/// What a leader oversees: their unit and the units directly below it (merged units included, since their old
/// dossiers report under them). <see cref="UnitIds"/> is narrowed to the picked unit, if any.
/// </summary>
public sealed record LeaderScope(ScopeUnit Home, IReadOnlyList<ScopeUnit> Units, int? Picked)
{
    public IReadOnlyList<int> UnitIds => Picked is { } id ? [id] : Units.Select(u => u.Id).ToList();

    public string Name => Picked is { } id ? Units.Single(u => u.Id == id).Label : Home.Name;

    /// <summary>The leader's scope; a <paramref name="unitId"/> outside it answers not found.</summary>
    public static async Task<LeaderScope> LoadAsync(IAppDbContext db, ICurrentUser user, int? unitId, CancellationToken cancellationToken)
    {
        var homeId = user.UnitId ?? throw new NotFoundException();
        var units = await db.Units.AsNoTracking()
            .Where(u => u.Id == homeId || u.ParentId == homeId)
            .Select(u => new { u.Id, u.Name, Successor = u.Successor != null ? u.Successor.Name : null })
            .ToListAsync(cancellationToken);
        var list = units
            .OrderBy(u => u.Id == homeId ? 0 : 1)
            .ThenBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
            .Select(u => new ScopeUnit(u.Id, u.Name, u.Successor))
            .ToList();
        var home = list.FirstOrDefault(u => u.Id == homeId) ?? throw new NotFoundException();
        if (unitId is { } picked && list.All(u => u.Id != picked))
        {
            throw new NotFoundException("Không tìm thấy đơn vị.");
        }

        return new LeaderScope(home, list, unitId);
    }
}

/// <summary>A period of whole local months (yyyyMM .. yyyyMM): the rollups' grain.</summary>
public sealed record MonthRange(int From, int To)
{
    public static int Of(DateOnly date) => date.Year * 100 + date.Month;

    public static bool IsMonth(int month) => month / 100 is >= 2000 and <= 9999 && month % 100 is >= 1 and <= 12;

    public IEnumerable<int> Months()
    {
        for (var m = From; m <= To; m = Next(m))
        {
            yield return m;
        }
    }

    public static int Next(int month) => month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;

    public static int Previous(int month) => month % 100 == 1 ? (month / 100 - 1) * 100 + 12 : month - 1;

    public static DateOnly FirstDay(int month) => new(month / 100, month % 100, 1);

    /// <summary>The UTC instants bounding the local months, for comparing stored instants in SQL.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants() =>
        (VietnamTime.At(FirstDay(From), TimeOnly.MinValue), VietnamTime.At(FirstDay(To).AddMonths(1), TimeOnly.MinValue));
}
