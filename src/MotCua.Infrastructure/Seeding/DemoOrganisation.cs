using MotCua.Domain.Units;

namespace MotCua.Infrastructure.Seeding;

/// <summary>The demo province's units, grouped by role; <see cref="All"/> is the order to insert them in.</summary>
/// <param name="Province">Ủy ban nhân dân tỉnh (<see cref="UnitLevel.Province"/>).</param>
/// <param name="ServiceCentre">Trung tâm Phục vụ hành chính công tỉnh, a department-level unit that receives dossiers.</param>
/// <param name="Departments">Sở chuyên môn that process department-level procedures.</param>
/// <param name="Communes">
/// Communes and wards in force since 1 Jul 2025. <c>Communes[0]</c> is where the demo reception officer
/// <c>tiepnhan@</c> works, <c>Communes[1]</c> is where <c>tiepnhan2@</c> works; <c>Communes[0]</c> is also the
/// successor of every unit in <paramref name="MergedOldCommunes"/>.
/// </param>
/// <param name="MergedOldCommunes">Wards that ended on 30 Jun 2025 and were merged into <c>Communes[0]</c>.</param>
internal sealed record DemoOrg(
    Unit Province,
    Unit ServiceCentre,
    IReadOnlyList<Unit> Departments,
    IReadOnlyList<Unit> Communes,
    IReadOnlyList<Unit> MergedOldCommunes)
{
    /// <summary>Every unit, parents and successors before the units that point at them.</summary>
    public IReadOnlyList<Unit> All =>
        [Province, ServiceCentre, .. Departments, .. Communes, .. MergedOldCommunes];
}

/// <summary>
/// The organisation of the demo province, Hưng Yên after the 1 Jul 2025 reform (two-level local government:
/// the province merged with Thái Bình, districts abolished). Codes follow QCVN 102 (<c>000.xx.yy.H31</c>):
/// departments are <c>000.00.yy.H31</c>; communes since the reform sit in block <c>yy = 40</c>; the pre-reform wards
/// keep their old code under the former city of Hưng Yên (<c>yy = 20</c>).
/// </summary>
internal static class DemoOrganisation
{
    private const string ProvinceCode = "H31";

    private static readonly DateOnly Reform = new(2025, 7, 1);

    /// <summary>Builds new, untracked units with no ids; EF resolves <c>Parent</c> and <c>Successor</c> on insert.</summary>
    public static DemoOrg Build()
    {
        var province = new Unit
        {
            Code = Code(0, 0),
            Name = "Ủy ban nhân dân tỉnh Hưng Yên",
            Address = "Số 10 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên",
            Level = UnitLevel.Province,
            // Re-established on 1 Jan 1997; the 2025 merger kept the name and the seat, so the old wards below can
            // still name it as their parent.
            ValidFrom = new DateOnly(1997, 1, 1),
        };

        var centre = Department(
            province, 2, "Trung tâm Phục vụ hành chính công tỉnh Hưng Yên", "Số 8 đường Chùa Chuông, phường Phố Hiến");

        Unit[] departments =
        [
            Department(province, 14, "Sở Tư pháp", "Số 437 đường Nguyễn Văn Linh, phường Phố Hiến"),
            Department(province, 12, "Sở Nông nghiệp và Môi trường", "Số 2 đường Tô Hiệu, phường Phố Hiến"),
            Department(province, 16, "Sở Xây dựng", "Số 71 đường Lê Lai, phường Phố Hiến"),
            Department(province, 19, "Sở Y tế", "Số 14 đường Hải Thượng Lãn Ông, phường Sơn Nam"),
            Department(province, 18, "Sở Giáo dục và Đào tạo", "Số 9 đường Chùa Chuông, phường Phố Hiến"),
            Department(province, 15, "Sở Công Thương", "Số 6 đường Phạm Ngũ Lão, phường Hồng Châu"),
        ];

        Unit[] communes =
        [
            Commune(province, 1, "Phường Phố Hiến", "Số 1 đường Điện Biên"),
            Commune(province, 2, "Phường Sơn Nam", "Số 45 đường Nguyễn Văn Linh"),
            Commune(province, 3, "Phường Hồng Châu", "Số 2 đường Triệu Quang Phục"),
            Commune(province, 4, "Phường Mỹ Hào", "Số 88 đường Nguyễn Bình"),
            Commune(province, 5, "Phường Thái Bình", "Số 76 đường Lê Lợi"),
            Commune(province, 6, "Phường Trần Hưng Đạo", "Số 15 đường Trần Hưng Đạo"),
            Commune(province, 7, "Xã Nghĩa Trụ", "Thôn Đan Kim"),
            Commune(province, 8, "Xã Khoái Châu", "Đường 384, thôn Phủ"),
            Commune(province, 9, "Xã Tiên Lữ", "Đường 376, thôn Thủ Sỹ"),
            Commune(province, 10, "Xã Ân Thi", "Đường 200, thôn Ân Thi"),
        ];

        // Wards of the former city of Hưng Yên, merged into Phường Phố Hiến by the 2025 reform.
        Unit[] merged =
        [
            OldWard(province, communes[0], 4, "Phường Lê Lợi", "Số 12 đường Bãi Sậy, phường Lê Lợi, thành phố Hưng Yên"),
            OldWard(province, communes[0], 7, "Phường Quang Trung", "Số 3 đường Phạm Bạch Hổ, phường Quang Trung, thành phố Hưng Yên"),
        ];

        return new DemoOrg(province, centre, departments, communes, merged);
    }

    private static string Code(int commune, int block) => $"000.{commune:00}.{block:00}.{ProvinceCode}";

    private static Unit Department(Unit province, int block, string name, string street) => new()
    {
        Code = Code(0, block),
        Name = name,
        Address = $"{street}, tỉnh Hưng Yên",
        Level = UnitLevel.Department,
        Parent = province,
        ValidFrom = Reform,
    };

    private static Unit Commune(Unit province, int number, string name, string street) => new()
    {
        Code = Code(number, 40),
        Name = name,
        Address = $"{street}, {char.ToLowerInvariant(name[0])}{name[1..]}, tỉnh Hưng Yên",
        Level = UnitLevel.Commune,
        Parent = province,
        ValidFrom = Reform,
    };

    private static Unit OldWard(Unit province, Unit successor, int number, string name, string address) => new()
    {
        Code = Code(number, 20),
        Name = name,
        Address = $"{address}, tỉnh Hưng Yên",
        Level = UnitLevel.Commune,
        Parent = province,
        ValidFrom = new DateOnly(2019, 1, 1),
        ValidTo = Reform.AddDays(-1),
        Successor = successor,
    };
}
