using System.Globalization;
using MotCua.Domain.Dossiers;

namespace MotCua.Infrastructure.Seeding;

/// <summary>Vietnamese applicants with valid-looking CCCD numbers and mobile numbers (never real people).</summary>
internal static class DemoPeople
{
    private static readonly string[] FamilyNames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Mai"];

    private static readonly string[] MaleMiddle = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Thành", "Công", "Xuân", "Tiến", "Gia"];

    private static readonly string[] FemaleMiddle = ["Thị", "Ngọc", "Thu", "Thanh", "Phương", "Hồng", "Kim", "Bảo", "Diệu", "Mai"];

    private static readonly string[] MaleGiven =
        ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hoàng", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vinh"];

    private static readonly string[] FemaleGiven =
        ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hương", "Lan", "Linh", "Loan", "Mai", "Ngân", "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Trang", "Yến"];

    private static readonly string[] Streets =
        ["Nguyễn Văn Linh", "Điện Biên", "Lê Lợi", "Trần Hưng Đạo", "Chu Mạnh Trinh", "Bãi Sậy", "Phạm Ngũ Lão", "Tô Hiệu", "Hải Thượng Lãn Ông", "An Vũ"];

    private static readonly string[] MobilePrefixes = ["032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "070", "076", "077", "078", "079", "081", "083", "084", "085", "086", "088", "089", "090", "091", "093", "094", "096", "097", "098"];

    public static Applicant Next(Random random, string communeName)
    {
        var male = random.Next(2) == 0;
        var name = string.Join(' ',
            Pick(random, FamilyNames),
            Pick(random, male ? MaleMiddle : FemaleMiddle),
            Pick(random, male ? MaleGiven : FemaleGiven));
        var born = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 55));
        return new Applicant
        {
            FullName = name,
            CitizenId = CitizenId(random, born, male),
            DateOfBirth = born,
            Phone = Pick(random, MobilePrefixes) + random.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture),
            Email = random.Next(3) == 0 ? null : $"congdan{random.Next(100_000, 999_999)}@example.vn",
            Address = $"Số {random.Next(1, 300)}, đường {Pick(random, Streets)}, {communeName}",
        };
    }

    /// <summary>CCCD: 3-digit province of birth (033 Hưng Yên), century/sex digit, 2-digit birth year, 6 random.</summary>
    private static string CitizenId(Random random, DateOnly born, bool male)
    {
        var century = born.Year >= 2000 ? (male ? 2 : 3) : (male ? 0 : 1);
        return string.Create(CultureInfo.InvariantCulture, $"033{century}{born.Year % 100:D2}{random.Next(0, 1_000_000):D6}");
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
