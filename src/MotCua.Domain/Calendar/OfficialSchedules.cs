using System.Collections.ObjectModel;

namespace MotCua.Domain.Calendar;

/// <summary>
/// Holiday schedules published by the government for civil servants (lịch nghỉ lễ, Tết chính thức), including swaps:
/// a bridged working day given off (nghỉ hoán đổi) and made up on a Saturday (làm bù).
/// </summary>
public static class OfficialSchedules
{
    /// <summary>The published schedule of the year, or null when none is known (then <see cref="HolidayRules"/> applies).</summary>
    public static IReadOnlyList<SpecialDay>? For(int year) => year switch
    {
        2025 => Year2025,
        2026 => Year2026,
        _ => null,
    };

    public static IReadOnlyCollection<int> KnownYears { get; } = [2025, 2026];

    // Tết Ất Tỵ: 9 days off, Sat 25 Jan (26 tháng Chạp) to Sun 2 Feb (mùng 5) (Official Letter 8726/VPCP-KGVX,
    // 26 Nov 2024): the five statutory Tết days are Mon 27 to Fri 31 Jan (28 tháng Chạp to mùng 3), between two
    // weekends, so no day is swapped and no Saturday is made up. Administrators can correct any date on
    // /quan-tri/lich-lam-viec (CalendarOverrides) without a release.
    private static readonly IReadOnlyList<SpecialDay> Year2025 = Sorted(
    [
        Holiday(new(2025, 1, 1), HolidayNames.NewYear),
        .. Range(new(2025, 1, 27), new(2025, 1, 31), HolidayNames.LunarNewYear),
        Holiday(new(2025, 4, 7), HolidayNames.HungKings),
        .. Swap(new(2025, 5, 2), new(2025, 4, 26), "dịp 30/4 – 1/5"),
        Holiday(new(2025, 4, 30), HolidayNames.Reunification),
        Holiday(new(2025, 5, 1), HolidayNames.Labour),
        Holiday(new(2025, 9, 1), HolidayNames.NationalDay),
        Holiday(new(2025, 9, 2), HolidayNames.NationalDay),
    ]);

    // Tết Dương lịch: Fri 2 Jan swapped to Sat 10 Jan (Official Letter 12729/VPCP-KGVX, 25 Dec 2025).
    // Tết Bính Ngọ: 16-20 Feb plus both weekends, 14-22 Feb. Giỗ Tổ falls on Sun 26 Apr: compensatory Mon 27 Apr.
    // National Day: the adjacent day was not confirmed when this was written; the rule's default (Tue 1 Sep) is used.
    private static readonly IReadOnlyList<SpecialDay> Year2026 = Sorted(
    [
        Holiday(new(2026, 1, 1), HolidayNames.NewYear),
        .. Swap(new(2026, 1, 2), new(2026, 1, 10), HolidayNames.NewYear),
        .. Range(new(2026, 2, 16), new(2026, 2, 20), HolidayNames.LunarNewYear),
        Holiday(new(2026, 4, 26), HolidayNames.HungKings),
        new(new(2026, 4, 27), SpecialDayKind.Compensatory, HolidayNames.Compensatory(HolidayNames.HungKings, new(2026, 4, 26))),
        Holiday(new(2026, 4, 30), HolidayNames.Reunification),
        Holiday(new(2026, 5, 1), HolidayNames.Labour),
        Holiday(new(2026, 9, 1), HolidayNames.NationalDay),
        Holiday(new(2026, 9, 2), HolidayNames.NationalDay),
    ]);

    private static SpecialDay Holiday(DateOnly date, string name) => new(date, SpecialDayKind.Holiday, name);

    private static IEnumerable<SpecialDay> Range(DateOnly from, DateOnly to, string name)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
            yield return Holiday(day, name);
    }

    private static IEnumerable<SpecialDay> Swap(DateOnly dayOff, DateOnly workingSaturday, string occasion)
    {
        yield return new(dayOff, SpecialDayKind.DayOff, HolidayNames.SwappedDayOff(occasion, workingSaturday));
        yield return new(workingSaturday, SpecialDayKind.WorkingSaturday, HolidayNames.MakeUpSaturday(occasion, dayOff));
    }

    // Read-only so that no caller can alter the shared published data.
    private static ReadOnlyCollection<SpecialDay> Sorted(IEnumerable<SpecialDay> days) => days.OrderBy(d => d.Date).ToList().AsReadOnly();
}
