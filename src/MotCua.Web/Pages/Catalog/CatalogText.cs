using System.Globalization;
using MotCua.Application.Common.Security;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Web.Pages.Catalog;

/// <summary>How the public catalogue words a procedure's settings, and the query-string slugs of its filters.</summary>
public static class CatalogText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string OnlineLevel(OnlineLevel level) => level switch
    {
        Domain.Procedures.OnlineLevel.Full => "Dịch vụ công trực tuyến toàn trình",
        Domain.Procedures.OnlineLevel.Partial => "Dịch vụ công trực tuyến một phần",
        _ => "Chỉ tiếp nhận trực tiếp",
    };

    /// <summary>The ?muc= value of an online level.</summary>
    public static string OnlineLevelSlug(OnlineLevel level) => level switch
    {
        Domain.Procedures.OnlineLevel.Full => "toan-trinh",
        Domain.Procedures.OnlineLevel.Partial => "mot-phan",
        _ => "truc-tiep",
    };

    public static OnlineLevel? ParseOnlineLevel(string? slug) => slug switch
    {
        "toan-trinh" => Domain.Procedures.OnlineLevel.Full,
        "mot-phan" => Domain.Procedures.OnlineLevel.Partial,
        "truc-tiep" => Domain.Procedures.OnlineLevel.CounterOnly,
        _ => null,
    };

    public static IReadOnlyList<OnlineLevel> OnlineLevels { get; } =
        [Domain.Procedures.OnlineLevel.Full, Domain.Procedures.OnlineLevel.Partial, Domain.Procedures.OnlineLevel.CounterOnly];

    public static string Level(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Cấp tỉnh",
        UnitLevel.Department => "Cấp tỉnh (sở, ban, ngành)",
        _ => "Cấp xã",
    };

    public static string TimeLimit(int amount, TimeLimitUnit unit) =>
        $"{amount.ToString(Vietnamese)} {(unit == TimeLimitUnit.WorkingHours ? "giờ" : "ngày")} làm việc";

    public static string Fee(decimal fee) => fee <= 0 ? "Miễn phí" : $"{Money(fee)} đồng";

    public static string Money(decimal amount) => amount.ToString("#,0", Vietnamese);

    public static string Cutoff(TimeOnly cutoff) =>
        $"Hồ sơ nhận sau {cutoff.ToString("HH:mm", CultureInfo.InvariantCulture)} được tính từ ngày làm việc tiếp theo";

    /// <summary>A step's share of the time limit, as time: "10% (≈ 0,8 giờ làm việc)".</summary>
    public static string Share(int percent, int amount, TimeLimitUnit unit)
    {
        var hours = (unit == TimeLimitUnit.WorkingHours ? amount : amount * 8m) * percent / 100m;
        var text = unit == TimeLimitUnit.WorkingDays && hours >= 8
            ? $"{Math.Round(hours / 8, 1).ToString("0.#", Vietnamese)} ngày làm việc"
            : $"{Math.Round(hours, 1).ToString("0.#", Vietnamese)} giờ làm việc";
        return $"{percent}% (khoảng {text})";
    }

    public static string Role(string role) => Roles.Vietnamese(role);

    public static string Paper(bool originalRequired, int sets) =>
        $"{(originalRequired ? "Bản chính" : "Bản sao")}, {sets.ToString(Vietnamese)} bộ";
}
