namespace MotCua.Application.Common.Security;

/// <summary>Officer roles. Citizens have no account.</summary>
public static class Roles
{
    /// <summary>Tiếp nhận: reception at the one-stop counter.</summary>
    public const string Reception = "TiepNhan";

    /// <summary>Chuyên viên: specialist who processes dossiers.</summary>
    public const string Specialist = "ChuyenVien";

    /// <summary>Lãnh đạo: leader who approves and oversees.</summary>
    public const string Leader = "LanhDao";

    /// <summary>Quản trị: administrator.</summary>
    public const string Admin = "QuanTri";

    public static readonly IReadOnlyList<string> All = [Reception, Specialist, Leader, Admin];

    public static string Vietnamese(string role) => role switch
    {
        Reception => "Cán bộ tiếp nhận",
        Specialist => "Chuyên viên xử lý",
        Leader => "Lãnh đạo",
        Admin => "Quản trị hệ thống",
        _ => role,
    };
}
