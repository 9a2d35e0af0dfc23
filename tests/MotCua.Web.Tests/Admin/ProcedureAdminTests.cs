using System.Globalization;
using System.Net;

namespace MotCua.Web.Tests.Admin;

public sealed class ProcedureAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewProcedure = "/quan-tri/thu-tuc/sua";

    private Dictionary<string, string> Fields(string code, string name, params int[] shares)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.Name"] = name,
            ["Input.FieldId"] = AdminTestData.FieldId(factory, "VH").ToString(CultureInfo.InvariantCulture),
            ["Input.ImplementingLevel"] = "Commune",
            ["Input.OnlineLevel"] = "Full",
            ["Input.TimeLimit"] = "5",
            ["Input.TimeLimitUnit"] = "WorkingDays",
            ["Input.CutoffTime"] = "15:00",
            ["Input.Fee"] = "50000",
            ["Input.Result"] = "Giấy phép tổ chức lễ hội",
            ["Input.LegalBasis"] = "Nghị định số 110/2018/NĐ-CP",
            ["Input.IsActive"] = "true",
            ["Input.UnitIds"] = AdminTestData.UnitId(factory, "Phường Phố Hiến").ToString(CultureInfo.InvariantCulture),
            ["Input.Papers[0].Name"] = "Văn bản đăng ký tổ chức lễ hội",
            ["Input.Papers[0].OriginalRequired"] = "true",
            ["Input.Papers[0].Sets"] = "1",
            ["Input.Papers[0].IsMandatory"] = "true",
        };
        for (var i = 0; i < shares.Length; i++)
        {
            fields[$"Input.Steps[{i}].Name"] = $"Bước {i + 1}";
            fields[$"Input.Steps[{i}].UnitLevel"] = "Commune";
            fields[$"Input.Steps[{i}].Role"] = i == 0 ? "TiepNhan" : "ChuyenVien";
            fields[$"Input.Steps[{i}].SharePercent"] = shares[i].ToString(CultureInfo.InvariantCulture);
        }

        return fields;
    }

    [Fact]
    public async Task Step_shares_that_do_not_add_up_to_100_are_refused_and_nothing_is_saved()
    {
        var admin = await AdminTestData.AdminAsync(factory);

        var html = await AdminTestData.BodyAsync(
            await admin.PostFormAsync(NewProcedure, Fields("9.900001", "Thủ tục thiếu tỷ lệ", 20, 70)), HttpStatusCode.OK);

        Assert.Matches(UnitAdminTests.FieldError("Input.Steps", "Tổng tỷ lệ thời gian các bước phải bằng 100% (hiện là 90%)."), html);
        Assert.Contains("href=\"#Input_Steps\"", html, StringComparison.Ordinal);
        Assert.False(factory.WithDb(db => db.Procedures.Any(p => p.Code == "9.900001")));
    }

    [Fact]
    public async Task A_duplicate_procedure_code_is_refused()
    {
        var admin = await AdminTestData.AdminAsync(factory);

        var html = await AdminTestData.BodyAsync(
            await admin.PostFormAsync(NewProcedure, Fields("1.001193", "Thủ tục trùng mã", 100)), HttpStatusCode.OK);

        Assert.Matches(UnitAdminTests.FieldError("Input.Code", "Mã thủ tục 1.001193 đã được dùng cho thủ tục khác."), html);
        Assert.False(factory.WithDb(db => db.Procedures.Any(p => p.Name == "Thủ tục trùng mã")));
    }

    [Fact]
    public async Task A_new_procedure_is_found_in_the_public_catalogue_without_accents_and_disappears_when_deactivated()
    {
        // The public catalogue is held in memory: this search reads it before the procedure exists.
        var before = await FormClient.For(factory).GetPageAsync("/thu-tuc?q=cap phep to chuc le hoi den mau");
        Assert.DoesNotContain("Cấp phép tổ chức lễ hội Đền Mẫu", before, StringComparison.Ordinal);
        var admin = await AdminTestData.AdminAsync(factory);
        var response = await admin.PostFormAsync(NewProcedure, Fields("9.900002", "Cấp phép tổ chức lễ hội Đền Mẫu", 30, 70));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var found = await FormClient.For(factory).GetPageAsync("/thu-tuc?q=cap phep to chuc le hoi den mau");
        Assert.Contains("Cấp phép tổ chức lễ hội Đền Mẫu", found, StringComparison.Ordinal);
        var saved = factory.WithDb(db => db.Procedures.Where(p => p.Code == "9.900002")
            .Select(p => new { p.Id, p.SearchName, Papers = p.Papers.Count, Shares = p.Steps.OrderBy(s => s.Order).Select(s => s.SharePercent).ToList() })
            .Single());
        Assert.Equal("cap phep to chuc le hoi den mau", saved.SearchName);
        Assert.Equal(1, saved.Papers);
        Assert.Equal([30, 70], saved.Shares);

        var fields = Fields("9.900002", "Cấp phép tổ chức lễ hội Đền Mẫu", 30, 70);
        fields["Input.IsActive"] = "false";
        var deactivate = await admin.PostFormAsync($"{NewProcedure}/{saved.Id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, deactivate.StatusCode);
        var after = await FormClient.For(factory).GetPageAsync("/thu-tuc?q=cap phep to chuc le hoi den mau");
        Assert.DoesNotContain("Cấp phép tổ chức lễ hội Đền Mẫu", after, StringComparison.Ordinal);
        var actions = factory.WithDb(db => db.AuditEntries.Where(a => a.Subject == "9.900002").Select(a => new { a.Action, a.Detail }).ToList());
        Assert.Contains(actions, a => a.Action == "procedure.create");
        Assert.Contains(actions, a => a.Action == "procedure.update" && a.Detail!.Contains("Đang áp dụng: có → không", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Renaming_keeps_the_folded_search_name_in_step_and_the_admin_list_finds_it_without_accents()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        await admin.PostFormAsync(NewProcedure, Fields("9.900003", "Thủ tục tên cũ", 100));
        var id = factory.WithDb(db => db.Procedures.Single(p => p.Code == "9.900003").Id);

        await admin.PostFormAsync($"{NewProcedure}/{id}", Fields("9.900003", "Đăng ký hoạt động thư viện tư nhân", 100));

        Assert.Equal("dang ky hoat dong thu vien tu nhan", factory.WithDb(db => db.Procedures.Single(p => p.Id == id).SearchName));
        var list = await admin.GetPageAsync("/quan-tri/thu-tuc?q=thu vien tu nhan");
        Assert.Contains("Đăng ký hoạt động thư viện tư nhân", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_can_name_the_unit_that_carries_it_out_and_the_editor_shows_it_again()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        var department = AdminTestData.UnitId(factory, "Sở Tư pháp");
        var fields = Fields("9.900014", "Thủ tục liên thông thử", 40, 60);
        fields["Input.Steps[1].HandlingUnitId"] = department.ToString(CultureInfo.InvariantCulture);

        await admin.PostFormAsync(NewProcedure, fields);

        var steps = factory.WithDb(db => db.Procedures.Where(p => p.Code == "9.900014")
            .SelectMany(p => p.Steps).OrderBy(s => s.Order).Select(s => s.HandlingUnitId).ToList());
        Assert.Equal([null, department], steps);
        var id = factory.WithDb(db => db.Procedures.Single(p => p.Code == "9.900014").Id);
        var editor = await admin.GetPageAsync($"{NewProcedure}/{id}");
        Assert.Matches($"<option[^>]*(selected[^>]*value=\"{department}\"|value=\"{department}\"[^>]*selected)", editor);

        fields["Input.Steps[1].HandlingUnitId"] = "999999";
        var refused = await (await admin.PostFormAsync($"{NewProcedure}/{id}", fields)).Content.ReadAsStringAsync();
        Assert.Contains("Đơn vị thực hiện bước không tồn tại.", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_and_moving_papers_only_redisplays_the_form()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        var fields = Fields("9.900004", "Thủ tục sắp xếp", 100);
        fields["op"] = "paper-add";

        var html = await AdminTestData.BodyAsync(await admin.PostFormAsync(NewProcedure, fields), HttpStatusCode.OK);

        Assert.Contains("Giấy tờ 2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("field-validation-error", html, StringComparison.Ordinal);
        Assert.False(factory.WithDb(db => db.Procedures.Any(p => p.Code == "9.900004")));
    }

    [Fact]
    public async Task A_procedure_with_dossiers_cannot_be_deleted()
    {
        var admin = await AdminTestData.AdminAsync(factory);
        var id = factory.WithDb(db => db.Dossiers.Select(d => d.ProcedureId).First());

        var html = await AdminTestData.BodyAsync(
            await admin.PostFormAsync($"{NewProcedure}/{id}?handler=Delete", new Dictionary<string, string>()), HttpStatusCode.OK);

        Assert.Contains("thủ tục đã có hồ sơ", html, StringComparison.Ordinal);
        Assert.True(factory.WithDb(db => db.Procedures.Any(p => p.Id == id)));
    }
}
