namespace MotCua.Domain.Calendar;

/// <summary>Names of the public holidays (ngày lễ, Tết) as shown to citizens.</summary>
public static class HolidayNames
{
    public const string NewYear = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên Đán";
    public const string HungKings = "Giỗ Tổ Hùng Vương";
    public const string Reunification = "Ngày Chiến thắng";
    public const string Labour = "Ngày Quốc tế Lao động";
    public const string NationalDay = "Quốc khánh";

    public static string Compensatory(string holiday, DateOnly holidayDate) =>
        $"Nghỉ bù {holiday} ({VietnamTime.DayName(holidayDate.DayOfWeek)} {VietnamTime.Format(holidayDate)})";

    public static string SwappedDayOff(string occasion, DateOnly workingSaturday) =>
        $"Nghỉ hoán đổi {occasion} (làm bù {VietnamTime.DayName(workingSaturday.DayOfWeek)} {VietnamTime.Format(workingSaturday)})";

    public static string MakeUpSaturday(string occasion, DateOnly dayOff) =>
        $"Làm bù cho {VietnamTime.DayName(dayOff.DayOfWeek)} {VietnamTime.Format(dayOff)} ({occasion})";
}
