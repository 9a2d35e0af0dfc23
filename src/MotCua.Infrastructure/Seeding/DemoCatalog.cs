using MotCua.Application.Common.Security;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Infrastructure.Seeding;

/// <summary>
/// The demo catalogue of administrative procedures (danh mục thủ tục hành chính): fields and about forty procedures
/// as a province publishes them after the 1 Jul 2025 reform. Builds new, untracked entities with no ids; fields and
/// units are linked through navigation properties, which EF resolves on insert.
/// </summary>
/// <remarks>
/// Step convention: a <see cref="Roles.Reception"/> step is done by the unit that received the dossier, whatever its
/// level (a commune or the provincial service centre); the steps record <see cref="UnitLevel.Commune"/> for it because
/// that is where most dossiers are received. Steps at <see cref="UnitLevel.Department"/> or
/// <see cref="UnitLevel.Province"/> are the hand-offs between units (liên thông): they name their handling unit,
/// the department in charge of the procedure's field (<see cref="Catalog.DepartmentFor"/>) or the provincial
/// People's Committee.
/// </remarks>
internal static partial class DemoCatalog
{
    /// <summary>Receipts after 15:00 count as received on the next working day.</summary>
    private static readonly TimeOnly Cutoff = new(15, 0);

    /// <summary>Fields of procedures (lĩnh vực), codes unique.</summary>
    public static IReadOnlyList<Field> Fields() =>
    [
        new() { Code = "HT", Name = "Hộ tịch" },
        new() { Code = "CT", Name = "Chứng thực" },
        new() { Code = "DD", Name = "Đất đai" },
        new() { Code = "XD", Name = "Hoạt động xây dựng" },
        new() { Code = "HKD", Name = "Thành lập và hoạt động của hộ kinh doanh" },
        new() { Code = "LD", Name = "Lao động, thương binh và xã hội" },
        new() { Code = "YT", Name = "Y tế" },
        new() { Code = "GD", Name = "Giáo dục và Đào tạo" },
        new() { Code = "CTH", Name = "Công Thương" },
        new() { Code = "NN", Name = "Nông nghiệp" },
        new() { Code = "TNN", Name = "Tài nguyên nước" },
        new() { Code = "MT", Name = "Môi trường" },
        new() { Code = "VH", Name = "Văn hóa" },
    ];

    /// <summary>
    /// The procedures, each linked to its field (by the codes of <see cref="Fields"/>) and to the units that may
    /// receive it: commune-level procedures at every current commune; department- and province-level procedures at the
    /// provincial service centre and at every commune (phi địa giới). The merged pre-reform wards receive nothing.
    /// </summary>
    public static IReadOnlyList<Procedure> Procedures(IReadOnlyList<Field> fields, DemoOrg org)
    {
        var catalog = new Catalog(fields, org);
        AddCivilStatus(catalog);
        AddCertification(catalog);
        AddLand(catalog);
        AddConstruction(catalog);
        AddHouseholdBusiness(catalog);
        AddSocialProtection(catalog);
        AddHealth(catalog);
        AddEducation(catalog);
        AddTrade(catalog);
        AddAgriculture(catalog);
        AddWaterAndEnvironment(catalog);
        AddCulture(catalog);
        return catalog.Items;
    }

    private static ProcedurePaper Paper(string name, bool original = false, int sets = 1, string? template = null) =>
        new() { Name = name, OriginalRequired = original, Sets = sets, TemplateFileName = template };

    private static ProcedurePaper Optional(string name, bool original = false, int sets = 1, string? template = null) =>
        new() { Name = name, OriginalRequired = original, Sets = sets, TemplateFileName = template, IsMandatory = false };

    private readonly record struct StepSpec(string Name, UnitLevel Level, string Role, int Share);

    /// <summary>Who implements a procedure and the steps its dossiers go through.</summary>
    private sealed record Plan(UnitLevel Level, StepSpec[] Steps);

    /// <summary>Decided at the commune, all steps there.</summary>
    private static readonly Plan AtCommune = new(UnitLevel.Commune,
    [
        new("Tiếp nhận hồ sơ", UnitLevel.Commune, Roles.Reception, 10),
        new("Thẩm định hồ sơ", UnitLevel.Commune, Roles.Specialist, 60),
        new("Phê duyệt, ký kết quả", UnitLevel.Commune, Roles.Leader, 20),
        new("Trả kết quả", UnitLevel.Commune, Roles.Reception, 10),
    ]);

    /// <summary>Same-day work at the commune (hộ tịch, chứng thực): signing weighs more, checking less.</summary>
    private static readonly Plan SameDayAtCommune = new(UnitLevel.Commune,
    [
        new("Tiếp nhận, kiểm tra hồ sơ", UnitLevel.Commune, Roles.Reception, 20),
        new("Ghi sổ, in kết quả", UnitLevel.Commune, Roles.Specialist, 40),
        new("Ký kết quả", UnitLevel.Commune, Roles.Leader, 30),
        new("Trả kết quả", UnitLevel.Commune, Roles.Reception, 10),
    ]);

    /// <summary>Decided at the commune after the land registration office (a department unit) checks the cadastre.</summary>
    private static readonly Plan AtCommuneWithLandOffice = new(UnitLevel.Commune,
    [
        new("Tiếp nhận hồ sơ", UnitLevel.Commune, Roles.Reception, 5),
        new("Kiểm tra hồ sơ, xác minh hiện trạng sử dụng đất", UnitLevel.Commune, Roles.Specialist, 25),
        new("Văn phòng đăng ký đất đai trích đo, cập nhật hồ sơ địa chính", UnitLevel.Department, Roles.Specialist, 40),
        new("Chủ tịch UBND xã ký quyết định, giấy chứng nhận", UnitLevel.Commune, Roles.Leader, 20),
        new("Trả kết quả", UnitLevel.Commune, Roles.Reception, 10),
    ]);

    /// <summary>Decided at the commune after Sở Tư pháp verifies the papers (civil status with a foreign element).</summary>
    private static readonly Plan AtCommuneWithJusticeDepartment = new(UnitLevel.Commune,
    [
        new("Tiếp nhận hồ sơ", UnitLevel.Commune, Roles.Reception, 5),
        new("Kiểm tra hồ sơ, đề nghị Sở Tư pháp xác minh", UnitLevel.Commune, Roles.Specialist, 25),
        new("Sở Tư pháp thẩm tra, xác minh hồ sơ", UnitLevel.Department, Roles.Specialist, 40),
        new("Chủ tịch UBND xã ký Giấy chứng nhận kết hôn", UnitLevel.Commune, Roles.Leader, 20),
        new("Trả kết quả", UnitLevel.Commune, Roles.Reception, 10),
    ]);

    /// <summary>Decided by a department (sở); received at a commune or the service centre.</summary>
    private static readonly Plan AtDepartment = new(UnitLevel.Department,
    [
        new("Tiếp nhận hồ sơ, chuyển cơ quan giải quyết", UnitLevel.Commune, Roles.Reception, 10),
        new("Thẩm định hồ sơ", UnitLevel.Department, Roles.Specialist, 55),
        new("Lãnh đạo Sở phê duyệt", UnitLevel.Department, Roles.Leader, 25),
        new("Trả kết quả", UnitLevel.Commune, Roles.Reception, 10),
    ]);

    /// <summary>Decided by the provincial People's Committee on a department's submission.</summary>
    private static readonly Plan ByProvince = new(UnitLevel.Province,
    [
        new("Tiếp nhận hồ sơ, chuyển cơ quan thẩm định", UnitLevel.Commune, Roles.Reception, 5),
        new("Thẩm định hồ sơ", UnitLevel.Department, Roles.Specialist, 50),
        new("Lãnh đạo Sở trình UBND tỉnh", UnitLevel.Department, Roles.Leader, 15),
        new("UBND tỉnh phê duyệt", UnitLevel.Province, Roles.Leader, 20),
        new("Trả kết quả", UnitLevel.Commune, Roles.Reception, 10),
    ]);

    private sealed class Catalog(IReadOnlyList<Field> fields, DemoOrg org)
    {
        private readonly Dictionary<string, Field> _fields = fields.ToDictionary(f => f.Code);

        /// <summary>The department (sở) in charge of each field whose procedures have department steps.</summary>
        private readonly Dictionary<string, Unit> _departments = new()
        {
            ["HT"] = org.Departments[0],
            ["CT"] = org.Departments[0],
            ["DD"] = org.Departments[1],
            ["NN"] = org.Departments[1],
            ["TNN"] = org.Departments[1],
            ["MT"] = org.Departments[1],
            ["XD"] = org.Departments[2],
            ["YT"] = org.Departments[3],
            ["LD"] = org.Departments[3],
            ["GD"] = org.Departments[4],
            ["CTH"] = org.Departments[5],
            ["HKD"] = org.Departments[5],
        };

        public List<Procedure> Items { get; } = [];

        /// <summary>Completes a procedure with its field, level, numbered steps and papers, and receiving units.</summary>
        public void Add(string fieldCode, Plan plan, Procedure procedure)
        {
            procedure.Field = _fields[fieldCode];
            procedure.ImplementingLevel = plan.Level;
            procedure.Steps =
            [
                .. plan.Steps.Select((s, i) => new ProcedureStep
                {
                    Order = i + 1,
                    Name = s.Name,
                    UnitLevel = s.Level,
                    Role = s.Role,
                    SharePercent = s.Share,
                    HandlingUnit = s.Level switch
                    {
                        UnitLevel.Department => DepartmentFor(fieldCode),
                        UnitLevel.Province => org.Province,
                        _ => null,
                    },
                }),
            ];
            for (var i = 0; i < procedure.Papers.Count; i++)
            {
                procedure.Papers[i].Order = i + 1;
            }

            IEnumerable<Unit> receivers = plan.Level == UnitLevel.Commune
                ? org.Communes
                : [org.ServiceCentre, .. org.Communes];
            procedure.ReceivingUnits = [.. receivers.Select(u => new ProcedureUnit { Unit = u })];
            Items.Add(procedure);
        }

        /// <summary>The department that handles the department-level steps of a field's procedures.</summary>
        public Unit DepartmentFor(string fieldCode) => _departments[fieldCode];
    }
}
