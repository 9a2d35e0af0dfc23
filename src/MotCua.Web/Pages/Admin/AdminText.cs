using MotCua.Application.Common.Security;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Web.Pages.Admin;

/// <summary>Vietnamese names of the values the administration pages show and offer.</summary>
public static class AdminText
{
    public static string Level(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Cấp tỉnh",
        UnitLevel.Department => "Sở, ban, ngành",
        _ => "Cấp xã",
    };

    public static string Online(OnlineLevel level) => level switch
    {
        OnlineLevel.Full => "Trực tuyến toàn trình",
        OnlineLevel.Partial => "Trực tuyến một phần",
        _ => "Chỉ nộp trực tiếp",
    };

    public static string TimeUnit(TimeLimitUnit unit) => unit == TimeLimitUnit.WorkingHours ? "giờ làm việc" : "ngày làm việc";

    public static string Role(string role) => Roles.Vietnamese(role);

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
