using System.Net;
using System.Text.RegularExpressions;

namespace MotCua.Web.Tests.Admin;

public sealed class UnitAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewUnit = "/quan-tri/don-vi/sua";

    private Dictionary<string, string> Fields(string code, string name) => new()
    {
        ["Input.Code"] = code,
        ["Input.Name"] = name,
        ["Input.Address"] = "Số 5 đường Lê Lợi",
        ["Input.Level"] = "Commune",
        ["Input.ParentId"] = AdminTestData.UnitId(factory, "Ủy ban nhân dân tỉnh Hưng Yên").ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.ValidFrom"] = "2025-07-01",
    };

    [Theory]
    [InlineData("000.41.40")]
    [InlineData("abc")]
    [InlineData("000.41.40.31")]
    public async Task A_unit_with_a_malformed_code_is_refused_with_a_vietnamese_message_next_to_the_code(string code)
    {
        var admin = await AdminTestData.AdminAsync(factory);

        var html = await AdminTestData.BodyAsync(await admin.PostFormAsync(NewUnit, Fields(code, "Xã Sai Mã")), HttpStatusCode.OK);

        Assert.Matches(FieldError("Input.Code", "Mã đơn vị phải theo QCVN 102"), html);
        Assert.Contains("href=\"#Input_Code\"", html, StringComparison.Ordinal);
        Assert.Equal(0, factory.WithDb(db => db.Units.Count(u => u.Name == "Xã Sai Mã")));
    }

    [Fact]
    public async Task A_duplicate_code_is_refused()
    {
        var admin = await AdminTestData.AdminAsync(factory);

        var html = await AdminTestData.BodyAsync(
            await admin.PostFormAsync(NewUnit, Fields("000.01.40.H31", "Xã Trùng Mã")), HttpStatusCode.OK);

        Assert.Matches(FieldError("Input.Code", "Mã đơn vị 000.01.40.H31 đã được dùng cho đơn vị khác."), html);
        Assert.Equal(0, factory.WithDb(db => db.Units.Count(u => u.Name == "Xã Trùng Mã")));
    }

    [Fact]
    public async Task A_new_commune_appears_in_the_tree_under_the_province_and_is_audited()
    {
        var admin = await AdminTestData.AdminAsync(factory);

        var response = await admin.PostFormAsync(NewUnit, Fields("000.21.40.h31", "Xã Thử Nghiệm"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tree = await admin.GetPageAsync("/quan-tri/don-vi");
        Assert.Contains("Xã Thử Nghiệm", tree, StringComparison.Ordinal);
        Assert.Contains("000.21.40.H31", tree, StringComparison.Ordinal); // stored upper case
        var audit = factory.WithDb(db => db.AuditEntries.Single(a => a.Action == "unit.create" && a.Subject == "000.21.40.H31"));
        Assert.Contains("Tên: Xã Thử Nghiệm", audit.Detail, StringComparison.Ordinal);
        Assert.Equal("Phạm Quốc Bảo", audit.UserName);
    }

    [Fact]
    public async Task Ending_a_unit_with_a_successor_keeps_its_dossiers_and_audits_the_change()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        var name = "Xã Ân Thi";
        var id = AdminTestData.UnitId(factory, name);
        var dossiersBefore = factory.WithDb(db => db.Dossiers.Count(d => d.ReceivingUnitId == id));
        var successor = AdminTestData.UnitId(factory, "Xã Tiên Lữ");
        var fields = Fields("000.10.40.H31", name);
        fields["Input.ValidTo"] = "2026-12-31";
        fields["Input.SuccessorId"] = successor.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Input.Address"] = "Đường 200, thôn Ân Thi, xã Ân Thi, tỉnh Hưng Yên";

        var response = await admin.PostFormAsync($"{NewUnit}/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = factory.WithDb(db => db.Units.Single(u => u.Id == id));
        Assert.Equal(new DateOnly(2026, 12, 31), unit.ValidTo);
        Assert.Equal(successor, unit.SuccessorId);
        Assert.Equal(dossiersBefore, factory.WithDb(db => db.Dossiers.Count(d => d.ReceivingUnitId == id)));
        var detail = factory.WithDb(db => db.AuditEntries.Where(a => a.Action == "unit.update" && a.Subject == "000.10.40.H31")
            .Select(a => a.Detail).Single());
        Assert.Contains("Hiệu lực đến: (trống) → 31/12/2026", detail, StringComparison.Ordinal);
        Assert.Contains("Đơn vị kế thừa: (trống) → Xã Tiên Lữ", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_successor_without_an_end_date_is_refused_next_to_the_successor()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        var fields = Fields("000.22.40.H31", "Xã Thiếu Ngày");
        fields["Input.SuccessorId"] = AdminTestData.UnitId(factory, "Xã Tiên Lữ").ToString(System.Globalization.CultureInfo.InvariantCulture);

        var html = await AdminTestData.BodyAsync(await admin.PostFormAsync(NewUnit, fields), HttpStatusCode.OK);

        Assert.Matches(FieldError("Input.SuccessorId", "Chỉ chọn đơn vị kế thừa khi đơn vị có ngày hết hiệu lực."), html);
        Assert.Equal(0, factory.WithDb(db => db.Units.Count(u => u.Name == "Xã Thiếu Ngày")));
    }

    [Fact]
    public async Task A_unit_with_dossiers_cannot_be_deleted()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        var id = AdminTestData.UnitId(factory, "Phường Phố Hiến");

        var response = await admin.PostFormAsync($"{NewUnit}/{id}?handler=Delete", new Dictionary<string, string>());

        var html = await AdminTestData.BodyAsync(response, HttpStatusCode.OK);
        Assert.Contains("Không thể xóa Phường Phố Hiến: đơn vị đã có hồ sơ.", html, StringComparison.Ordinal);
        Assert.True(factory.WithDb(db => db.Units.Any(u => u.Id == id)));
    }

    /// <summary>The message shown in the validation span of the field.</summary>
    internal static Regex FieldError(string field, string message) =>
        new($"field-validation-error\"[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>{Regex.Escape(message)}");
}
