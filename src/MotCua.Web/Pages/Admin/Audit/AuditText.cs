namespace MotCua.Web.Pages.Admin.Audit;

/// <summary>Vietnamese names of the audited actions, and the choices of the "Loại thao tác" filter.</summary>
public static class AuditText
{
    public sealed record Choice(string Value, string Label);

    public sealed record Group(string Label, IReadOnlyList<Choice> Choices);

    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["login.succeeded"] = "Đăng nhập thành công",
        ["login.failed"] = "Đăng nhập sai mật khẩu",
        ["login.lockedout"] = "Tài khoản bị khóa",
        ["dossier.view"] = "Xem hồ sơ",
        ["dossier.print"] = "In phiếu",
        ["dossier.receive"] = "Nhận hồ sơ tại quầy",
        ["dossier.accept"] = "Tiếp nhận hồ sơ",
        ["dossier.refuse"] = "Từ chối tiếp nhận hồ sơ",
        ["dossier.supplement"] = "Yêu cầu bổ sung hồ sơ",
        ["dossier.start"] = "Chuyển xử lý hồ sơ",
        ["file.download"] = "Tải tệp đính kèm",
        ["applicant.lookup"] = "Tra cứu hồ sơ trước đây của công dân",
        ["calendar.override.add"] = "Thêm điều chỉnh lịch làm việc",
        ["calendar.override.remove"] = "Xóa điều chỉnh lịch làm việc",
        ["unit.create"] = "Thêm đơn vị",
        ["unit.update"] = "Sửa đơn vị",
        ["unit.delete"] = "Xóa đơn vị",
        ["procedure.create"] = "Thêm thủ tục",
        ["procedure.update"] = "Sửa thủ tục",
        ["procedure.delete"] = "Xóa thủ tục",
        ["officer.create"] = "Tạo tài khoản cán bộ",
        ["officer.update"] = "Sửa tài khoản cán bộ",
        ["officer.lock"] = "Khóa tài khoản cán bộ",
        ["officer.unlock"] = "Mở khóa tài khoản cán bộ",
        ["officer.password.reset"] = "Đặt lại mật khẩu cán bộ",
    };

    /// <summary>Filter choices: a whole kind ("login" = every login event) followed by its single actions.</summary>
    public static readonly IReadOnlyList<Group> Groups =
    [
        Kind("login", "Đăng nhập"),
        Kind("dossier", "Hồ sơ"),
        Kind("calendar", "Lịch làm việc"),
        Kind("applicant", "Công dân"),
        Kind("file", "Tệp đính kèm"),
        Kind("unit", "Đơn vị"),
        Kind("procedure", "Thủ tục"),
        Kind("officer", "Tài khoản cán bộ"),
    ];

    /// <summary>The Vietnamese name of an action; an unknown key is shown as stored.</summary>
    public static string Action(string action) => Actions.TryGetValue(action, out var label) ? label : action;

    public static bool IsKnown(string? value) =>
        value is not null && Groups.Any(g => g.Choices.Any(c => c.Value == value));

    private static Group Kind(string prefix, string label) => new(
        label,
        [
            new Choice(prefix, label + " (tất cả)"),
            .. Actions.Where(a => a.Key.StartsWith(prefix + ".", StringComparison.Ordinal)).Select(a => new Choice(a.Key, a.Value)),
        ]);
}
