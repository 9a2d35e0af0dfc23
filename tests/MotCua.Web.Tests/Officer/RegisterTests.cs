using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using MotCua.Domain.Calendar;
using MotCua.Web.Tests.Database;

namespace MotCua.Web.Tests.Officer;

/// <summary>Form 07 (Sổ theo dõi hồ sơ): the unit's register on screen and in Excel, audited, scoped to the unit.</summary>
public sealed partial class RegisterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reception = "tiepnhan@motcua.local";
    private const string OtherUnitReception = "tiepnhan2@motcua.local";

    private static DateOnly Today => VietnamTime.LocalDate(DateTimeOffset.UtcNow);

    private static string Period => $"tu={Today.AddDays(-3):yyyy-MM-dd}&den={Today:yyyy-MM-dd}";

    [Fact]
    public async Task The_register_lists_the_units_received_dossiers_with_the_legal_columns_and_hides_other_units()
    {
        var mine = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Vũ Thị Sổ Theo Dõi", Today.AddDays(5), resolve: true);
        var other = OfficerTestData.CreateInProcessing(factory.Services, OtherUnitReception, "Vũ Văn Đơn Vị Khác", Today.AddDays(5));
        var client = await OfficerTestData.SignedInAsync(factory, Reception);

        var rows = await PageRowsAsync(client);

        var row = rows.Single(r => r[1] == mine);
        Assert.Equal("Vũ Thị Sổ Theo Dõi", row[4]);
        Assert.Contains("0912345678", row[5], StringComparison.Ordinal);
        Assert.Contains(VietnamTime.Format(Today.AddDays(5)), row[7], StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, row[8]);
        Assert.NotEqual(string.Empty, row[9]);
        Assert.DoesNotContain(rows, r => r[1] == other);
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[0]));
        Assert.Contains("register.view", factory.WithDb(db => db.AuditEntries.Select(a => a.Action).ToList()));
    }

    [Fact]
    public async Task The_register_counts_its_period_from_the_received_index_alone()
    {
        var client = await OfficerTestData.SignedInAsync(factory, Reception);

        using var database = new DatabaseEvents(factory.DatabasePath);
        Assert.NotEmpty(await PageRowsAsync(client));

        // A month of a large commune is tens of thousands of dossiers: the count must not read their rows.
        var count = Assert.Single(database.Commands, c => c.Text.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.Contains("USING COVERING INDEX IX_Dossiers_ReceivingUnitId_ReceivedAt_ProcedureId", database.QueryPlan(count), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_excel_file_holds_the_same_lines_as_the_page_and_the_export_is_audited()
    {
        OfficerTestData.CreateInProcessing(factory.Services, Reception, "Trịnh Thị Xuất Excel", Today.AddDays(6));
        var client = await OfficerTestData.SignedInAsync(factory, Reception);
        var pageRows = await PageRowsAsync(client);
        var exportsBefore = factory.WithDb(db => db.AuditEntries.Count(a => a.Action == "register.export"));

        var response = await client.Http.GetAsync(new Uri($"/can-bo/so-theo-doi?handler=Excel&{Period}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheet = MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty).ToList())
            .ToList();
        Assert.Equal(pageRows.Count, sheet.Count);
        for (var i = 0; i < sheet.Count; i++)
        {
            Assert.Equal(pageRows[i], sheet[i]);
        }

        Assert.Contains(sheet, r => r[4] == "Trịnh Thị Xuất Excel");
        Assert.Equal(exportsBefore + 1, factory.WithDb(db => db.AuditEntries.Count(a => a.Action == "register.export")));
    }

    [Fact]
    public async Task An_end_date_before_the_start_date_is_explained()
    {
        var client = await OfficerTestData.SignedInAsync(factory, Reception);

        var page = await client.GetPageAsync($"/can-bo/so-theo-doi?tu={Today:yyyy-MM-dd}&den={Today.AddDays(-5):yyyy-MM-dd}");

        Assert.Contains("Ngày kết thúc phải từ ngày bắt đầu trở đi.", page, StringComparison.Ordinal);
    }

    /// <summary>The cells of every page of the register for the period, tags stripped.</summary>
    private static async Task<List<List<string>>> PageRowsAsync(FormClient client)
    {
        var rows = new List<List<string>>();
        for (var number = 1; number <= 100; number++)
        {
            var page = await client.GetPageAsync($"/can-bo/so-theo-doi?{Period}&trang={number}");
            var body = page[page.IndexOf("<tbody>", StringComparison.Ordinal)..page.IndexOf("</tbody>", StringComparison.Ordinal)];
            foreach (Match tr in RowPattern().Matches(body))
            {
                var cells = CellPattern().Matches(tr.Groups[1].Value)
                    .Select(c => WebUtility.HtmlDecode(TagPattern().Replace(c.Groups[1].Value, string.Empty)).Trim())
                    .ToList();
                if (cells.Count == 13)
                {
                    rows.Add(cells);
                }
            }

            if (!page.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                break;
            }
        }

        return rows;
    }

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
