namespace MotCua.Domain.Units;

/// <summary>
/// The 34 provinces and centrally-run cities since 1 July 2025 (Resolution 202/2025/QH15), for applicants' addresses.
/// </summary>
public static class Provinces
{
    public static readonly IReadOnlyList<string> Names =
    [
        "Thành phố Hà Nội", "Thành phố Huế", "Thành phố Hải Phòng", "Thành phố Đà Nẵng", "Thành phố Hồ Chí Minh",
        "Thành phố Cần Thơ", "Tỉnh An Giang", "Tỉnh Bắc Ninh", "Tỉnh Cà Mau", "Tỉnh Cao Bằng", "Tỉnh Điện Biên",
        "Tỉnh Đắk Lắk", "Tỉnh Đồng Nai", "Tỉnh Đồng Tháp", "Tỉnh Gia Lai", "Tỉnh Hà Tĩnh", "Tỉnh Hưng Yên",
        "Tỉnh Khánh Hòa", "Tỉnh Lai Châu", "Tỉnh Lâm Đồng", "Tỉnh Lạng Sơn", "Tỉnh Lào Cai", "Tỉnh Nghệ An",
        "Tỉnh Ninh Bình", "Tỉnh Phú Thọ", "Tỉnh Quảng Ngãi", "Tỉnh Quảng Ninh", "Tỉnh Quảng Trị", "Tỉnh Sơn La",
        "Tỉnh Tây Ninh", "Tỉnh Thái Nguyên", "Tỉnh Thanh Hóa", "Tỉnh Tuyên Quang", "Tỉnh Vĩnh Long",
    ];

    public static bool IsKnown(string? name) => name is not null && Names.Contains(name.Trim(), StringComparer.Ordinal);
}
