using System.Collections.Frozen;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// Số định danh cá nhân on the CCCD: 12 digits = province of birth registration (3) · century and sex (1) ·
/// year of birth (2) · random (6). Province codes are those of the 63 provinces before the 2025 merger
/// (Circular 59/2021/TT-BCA); cards already issued keep them.
/// </summary>
public static class CitizenIdNumber
{
    public static FrozenDictionary<string, string> Provinces { get; } = new Dictionary<string, string>
    {
        ["001"] = "Hà Nội", ["002"] = "Hà Giang", ["004"] = "Cao Bằng", ["006"] = "Bắc Kạn", ["008"] = "Tuyên Quang",
        ["010"] = "Lào Cai", ["011"] = "Điện Biên", ["012"] = "Lai Châu", ["014"] = "Sơn La", ["015"] = "Yên Bái",
        ["017"] = "Hòa Bình", ["019"] = "Thái Nguyên", ["020"] = "Lạng Sơn", ["022"] = "Quảng Ninh", ["024"] = "Bắc Giang",
        ["025"] = "Phú Thọ", ["026"] = "Vĩnh Phúc", ["027"] = "Bắc Ninh", ["030"] = "Hải Dương", ["031"] = "Hải Phòng",
        ["033"] = "Hưng Yên", ["034"] = "Thái Bình", ["035"] = "Hà Nam", ["036"] = "Nam Định", ["037"] = "Ninh Bình",
        ["038"] = "Thanh Hóa", ["040"] = "Nghệ An", ["042"] = "Hà Tĩnh", ["044"] = "Quảng Bình", ["045"] = "Quảng Trị",
        ["046"] = "Thừa Thiên Huế", ["048"] = "Đà Nẵng", ["049"] = "Quảng Nam", ["051"] = "Quảng Ngãi", ["052"] = "Bình Định",
        ["054"] = "Phú Yên", ["056"] = "Khánh Hòa", ["058"] = "Ninh Thuận", ["060"] = "Bình Thuận", ["062"] = "Kon Tum",
        ["064"] = "Gia Lai", ["066"] = "Đắk Lắk", ["067"] = "Đắk Nông", ["068"] = "Lâm Đồng", ["070"] = "Bình Phước",
        ["072"] = "Tây Ninh", ["074"] = "Bình Dương", ["075"] = "Đồng Nai", ["077"] = "Bà Rịa – Vũng Tàu",
        ["079"] = "Thành phố Hồ Chí Minh", ["080"] = "Long An", ["082"] = "Tiền Giang", ["083"] = "Bến Tre",
        ["084"] = "Trà Vinh", ["086"] = "Vĩnh Long", ["087"] = "Đồng Tháp", ["089"] = "An Giang", ["091"] = "Kiên Giang",
        ["092"] = "Cần Thơ", ["093"] = "Hậu Giang", ["094"] = "Sóc Trăng", ["095"] = "Bạc Liêu", ["096"] = "Cà Mau",
    }.ToFrozenDictionary();

    public static bool HasValidShape(string? number) => number is { Length: 12 } && number.All(char.IsAsciiDigit);

    public static bool HasKnownProvince(string number) => Provinces.ContainsKey(number[..3]);

    /// <summary>0/1: born 1900–1999 (male/female); 2/3: 2000–2099. Later centuries are not issued yet.</summary>
    public static int? Century(string number) => number[3] switch
    {
        '0' or '1' => 1900,
        '2' or '3' => 2000,
        _ => null,
    };

    /// <summary>The century digit and the two year digits agree with the date of birth.</summary>
    public static bool MatchesBirthYear(string number, int year) =>
        Century(number) is { } century
        && year / 100 * 100 == century
        && int.Parse(number.AsSpan(4, 2), provider: System.Globalization.CultureInfo.InvariantCulture) == year % 100;
}
