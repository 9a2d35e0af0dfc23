using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Web.Tests.Officer;

/// <summary>
/// The filters and orders of the work lists (/can-bo/xu-ly): what the officer sees, always within the unit.
/// Each test makes its own dossiers, received on days of a year no demo dossier has, so the results are exact.
/// </summary>
public sealed partial class WorkListFilterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reception = "tiepnhan@motcua.local";
    private const string Specialist = "chuyenvien@motcua.local";
    private const string OtherUnitReception = "tiepnhan2@motcua.local";

    private static DateOnly Today => VietnamTime.LocalDate(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Filtering_by_procedure_lists_only_that_procedures_dossiers_and_counts_them()
    {
        var (first, second) = TwoProceduresOf(Reception);
        var kept = Create("Vũ Thị Lọc Thủ Tục", first, new DateTime(2003, 2, 10, 9, 0, 0));
        var other = Create("Vũ Văn Thủ Tục Khác", second, new DateTime(2003, 2, 10, 9, 30, 0));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var page = await client.GetPageAsync($"/can-bo/xu-ly?thu-tuc={first}");

        var expected = factory.WithDb(db =>
        {
            var unitId = UnitOf(db, Reception);
            return db.Dossiers.Count(d => d.ProcedureId == first && DossierWorkflow.PendingStatuses.Contains(d.Status)
                && (d.ReceivingUnitId == unitId || d.CurrentUnitId == unitId));
        });
        Assert.InRange(expected, 1, 999);
        Assert.Contains($"<p id=\"work-count\">{expected.ToString(CultureInfo.InvariantCulture)} hồ sơ khớp bộ lọc", page, StringComparison.Ordinal);
        var listed = Codes(page);
        Assert.NotEmpty(listed);
        Assert.All(ProceduresOf(listed), p => Assert.Equal(first, p));
        Assert.Contains($">{kept}</a>", await OfficerTestData.WorkListAllPagesAsync(client, $"thu-tuc={first}"), StringComparison.Ordinal);
        Assert.DoesNotContain($">{other}</a>", await OfficerTestData.WorkListAllPagesAsync(client, $"thu-tuc={first}"), StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{first}\" selected=\"selected\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_received_date_range_counts_whole_local_days_at_both_ends()
    {
        var (procedure, _) = TwoProceduresOf(Reception);
        var before = Create("Đinh Văn Hôm Trước", procedure, new DateTime(2004, 5, 1, 23, 50, 0));
        var early = Create("Đinh Thị Sáng Sớm", procedure, new DateTime(2004, 5, 2, 0, 5, 0));
        var late = Create("Đinh Văn Tối Muộn", procedure, new DateTime(2004, 5, 3, 23, 55, 0));
        var after = Create("Đinh Thị Hôm Sau", procedure, new DateTime(2004, 5, 4, 0, 5, 0));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var page = await client.GetPageAsync("/can-bo/xu-ly?tu-ngay=2004-05-02&den-ngay=03/05/2004");

        Assert.Equal(new[] { early, late }, Codes(page));
        Assert.Contains("2 hồ sơ khớp bộ lọc", page, StringComparison.Ordinal);
        Assert.DoesNotContain(before, page, StringComparison.Ordinal);
        Assert.DoesNotContain(after, page, StringComparison.Ordinal);
        Assert.Contains("name=\"den-ngay\" value=\"2004-05-03\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_or_the_start_of_a_code_finds_the_dossier_in_any_letter_case()
    {
        var (procedure, _) = TwoProceduresOf(Reception);
        var code = Create("Mai Văn Tìm Mã", procedure, new DateTime(2005, 7, 1, 9, 0, 0));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var exact = await client.GetPageAsync($"/can-bo/xu-ly?ma={Uri.EscapeDataString(code.ToLowerInvariant())}");
        var prefix = code[..^2];
        var started = await OfficerTestData.WorkListAllPagesAsync(client, $"ma={Uri.EscapeDataString(prefix)}");

        Assert.Equal(new[] { code }, Codes(exact));
        Assert.Contains("1 hồ sơ khớp bộ lọc", exact, StringComparison.Ordinal);
        Assert.Contains(code, Codes(started));
        Assert.All(Codes(started), c => Assert.StartsWith(prefix, c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sorting_by_received_date_changes_the_order_and_the_filters_stay_in_every_link()
    {
        var (procedure, _) = TwoProceduresOf(Reception);
        // Received first and due first; then received later but due later.
        var older = Create("Lý Văn Nhận Trước", procedure, new DateTime(2006, 3, 1, 9, 0, 0), Today.AddDays(5));
        var newer = Create("Lý Thị Nhận Sau", procedure, new DateTime(2006, 3, 3, 9, 0, 0), Today.AddDays(9));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        const string Range = "tu-ngay=2006-03-01&den-ngay=2006-03-03";

        var byAppointment = await client.GetPageAsync($"/can-bo/xu-ly?{Range}");
        var newestFirst = await client.GetPageAsync($"/can-bo/xu-ly?{Range}&sap-xep=nhan-moi");
        var oldestFirst = await client.GetPageAsync($"/can-bo/xu-ly?{Range}&sap-xep=nhan-cu");

        Assert.Equal(new[] { older, newer }, Codes(byAppointment));
        Assert.Equal(new[] { newer, older }, Codes(newestFirst));
        Assert.Equal(new[] { older, newer }, Codes(oldestFirst));
        Assert.Contains("tiếp nhận mới nhất ở đầu danh sách", newestFirst, StringComparison.Ordinal);
        // Another tab keeps the filters and the order.
        Assert.Contains("href=\"/can-bo/xu-ly?loai=cua-toi&amp;tu-ngay=2006-03-01&amp;den-ngay=2006-03-03&amp;sap-xep=nhan-moi\"", newestFirst, StringComparison.Ordinal);
        Assert.Contains("name=\"loai\"", await client.GetPageAsync($"/can-bo/xu-ly?loai=cua-toi&{Range}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_units_dossiers_never_appear_whatever_the_filter()
    {
        var shared = SharedProcedure();
        var stranger = Create("Tạ Văn Đơn Vị Khác", shared, new DateTime(2007, 9, 5, 9, 0, 0), reception: OtherUnitReception);
        var ours = Create("Tạ Thị Đơn Vị Mình", shared, new DateTime(2007, 9, 5, 9, 0, 0));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        string[] filters =
        [
            $"ma={stranger}",
            $"ma={stranger[..^4]}",
            $"thu-tuc={shared}&tu-ngay=2007-09-05&den-ngay=2007-09-05",
            "tu-ngay=2007-09-05&den-ngay=2007-09-05&kenh=truc-tuyen&can-bo=chua-giao&trang-thai=4",
            "loai=qua-han&tu-ngay=2007-09-05&sap-xep=ma",
            "loai=da-xong&tu-ngay=2007-09-05",
        ];
        foreach (var filter in filters)
        {
            var page = await client.GetPageAsync($"/can-bo/xu-ly?{filter}");
            Assert.DoesNotContain(stranger, Codes(page));
            Assert.DoesNotContain($"/can-bo/ho-so/{stranger}", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Tạ Văn Đơn Vị Khác", page, StringComparison.Ordinal);
        }

        Assert.Contains($">{ours}</a>", await client.GetPageAsync($"/can-bo/xu-ly?thu-tuc={shared}&tu-ngay=2007-09-05&den-ngay=2007-09-05"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_assignment_from_a_filtered_list_comes_back_to_the_same_filtered_list()
    {
        var (procedure, _) = TwoProceduresOf(Reception);
        var code = Create("Khúc Văn Giao Việc", procedure, new DateTime(2008, 4, 2, 9, 0, 0));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);
        const string Path = "/can-bo/xu-ly?tu-ngay=2008-04-02&den-ngay=2008-04-02&sap-xep=ma";
        var page = await client.GetPageAsync(Path);
        var action = BulkAction().Match(page).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var colleague = factory.WithDb(db => db.Users.Where(u => u.Email == Specialist).Select(u => u.Id).Single());
        var version = OfficerTestData.Load(factory.Services, code).Version;

        var response = await HandoffTestData.PostManyAsync(client, Path, action,
        [
            new("Input.Selected", $"{code}|{version}"),
            new("Input.AssigneeId", colleague),
        ]);

        HandoffTestData.AssertRedirect(response);
        Assert.Equal("/can-bo/xu-ly?tu-ngay=2008-04-02&den-ngay=2008-04-02&sap-xep=ma", response.Headers.Location!.OriginalString);
        Assert.Equal(colleague, OfficerTestData.Load(factory.Services, code).AssigneeId);
    }

    [Theory]
    [InlineData("tu-ngay=2026-03-10&den-ngay=2026-03-01", "“Đến ngày” phải cùng ngày hoặc sau “Từ ngày”.", "loc-den-ngay")]
    [InlineData("tu-ngay=31-02-2026", "“Từ ngày” không phải là ngày hợp lệ", "loc-tu-ngay")]
    [InlineData("thu-tuc=987654", "Thủ tục đã chọn không thuộc đơn vị của bạn.", "loc-thu-tuc")]
    [InlineData("thu-tuc=abc", "Thủ tục đã chọn không hợp lệ.", "loc-thu-tuc")]
    [InlineData("trang-thai=42", "Trạng thái đã chọn không hợp lệ.", "loc-trang-thai")]
    [InlineData("kenh=fax", "Kênh tiếp nhận đã chọn không hợp lệ.", "loc-kenh")]
    [InlineData("can-bo=khong-co-ai", "Cán bộ đã chọn không thuộc đơn vị của bạn.", "loc-can-bo")]
    [InlineData("ma=%3Cscript%3E", "Mã hồ sơ chỉ gồm chữ, số", "loc-ma")]
    [InlineData("sap-xep=ngau-nhien", "Cách sắp xếp đã chọn không hợp lệ.", "loc-sap-xep")]
    public async Task An_invalid_filter_is_explained_in_Vietnamese_next_to_its_field_and_no_list_is_shown(
        string query, string message, string fieldId)
    {
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var page = await client.GetPageAsync($"/can-bo/xu-ly?{query}");

        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains($"href=\"#{fieldId}\"", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"{fieldId}-loi\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"work-list\"", page, StringComparison.Ordinal);
        Assert.Contains("Chưa lọc được danh sách", page, StringComparison.Ordinal);
    }

    /// <summary>A dossier in processing with a known procedure, received instant (Vietnam local) and appointment.</summary>
    private string Create(string applicant, int procedureId, DateTime receivedLocal, DateOnly? appointment = null, string reception = Reception)
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, reception, applicant, appointment ?? Today.AddDays(30));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var received = (DateTimeOffset?)new DateTimeOffset(receivedLocal, VietnamTime.Offset);
        db.Dossiers.Where(d => d.Code == code).ExecuteUpdate(s => s
            .SetProperty(d => d.ProcedureId, procedureId)
            .SetProperty(d => d.ReceivedAt, received));
        return code;
    }

    private (int First, int Second) TwoProceduresOf(string email) => factory.WithDb(db =>
    {
        var unitId = UnitOf(db, email);
        var ids = db.Procedures.Where(p => p.ReceivingUnits.Any(u => u.UnitId == unitId))
            .OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToList();
        return (ids[0], ids[1]);
    });

    /// <summary>A procedure both communes receive, so the other unit's dossier matches every filter but the unit.</summary>
    private int SharedProcedure() => factory.WithDb(db =>
    {
        var ours = UnitOf(db, Reception);
        var theirs = UnitOf(db, OtherUnitReception);
        return db.Procedures
            .Where(p => p.ReceivingUnits.Any(u => u.UnitId == ours) && p.ReceivingUnits.Any(u => u.UnitId == theirs))
            .OrderBy(p => p.Id).Select(p => p.Id).First();
    });

    private static int UnitOf(AppDbContext db, string email) =>
        db.Users.Where(u => u.Email == email).Select(u => u.UnitId).Single();

    private List<int> ProceduresOf(IReadOnlyCollection<string> codes) =>
        factory.WithDb(db => db.Dossiers.Where(d => codes.Contains(d.Code)).Select(d => d.ProcedureId).ToList());

    /// <summary>The dossier codes of the list's rows, in the order shown.</summary>
    private static List<string> Codes(string page) =>
        [.. RowCode().Matches(page).Select(m => m.Groups[1].Value)];


    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"[^>]*id=\"bulk-assign-form\"")]
    private static partial Regex BulkAction();

    [GeneratedRegex("<td><a href=\"/can-bo/ho-so/[^\"]+\">([^<]+)</a></td>")]
    private static partial Regex RowCode();
}
