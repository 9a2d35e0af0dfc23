using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Officer;

/// <summary>Receipts (Form 01) printed several at once from the work list, and the register's hand-over column.</summary>
public sealed partial class ReceiptBatchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Specialist = "chuyenvien@motcua.local";
    private const string Reception = "tiepnhan@motcua.local";
    private const string OtherUnitReception = "tiepnhan2@motcua.local";
    private const string PrintPath = "/can-bo/in-giay-tiep-nhan";
    private const string ReceiptArticle = "<article class=\"print-form receipt-batch-item\"";

    [Fact]
    public async Task Ticked_accepted_dossiers_print_one_receipt_each_and_others_are_skipped_without_their_details()
    {
        var first = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Lê Thị In Một", new DateOnly(2031, 3, 14));
        var second = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Lê Văn In Hai", new DateOnly(2031, 4, 22));
        var notAccepted = OfficerTestData.CreateSubmitted(factory.Services, Reception, "Lê Thị Chưa Tiếp Nhận");
        var otherUnit = OfficerTestData.CreateInProcessing(factory.Services, OtherUnitReception, "Lê Văn Đơn Vị Khác", new DateOnly(2031, 5, 5));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var response = await HandoffTestData.PostManyAsync(client, "/can-bo/xu-ly", PrintPath,
        [
            new("Input.Selected", $"{first}|{OfficerTestData.Load(factory.Services, first).Version}"),
            new("Input.Selected", second),
            new("Input.Selected", notAccepted),
            new("Input.Selected", otherUnit),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var receipts = page.Split(ReceiptArticle).Skip(1).ToList();
        Assert.Equal(2, receipts.Count);
        Assert.Contains($"Mã hồ sơ: {first}", receipts[0], StringComparison.Ordinal);
        Assert.Contains("Lê Thị In Một", receipts[0], StringComparison.Ordinal);
        Assert.Contains("ngày 14 tháng 03 năm 2031", receipts[0], StringComparison.Ordinal);
        Assert.Contains($"Mã hồ sơ: {second}", receipts[1], StringComparison.Ordinal);
        Assert.Contains("ngày 22 tháng 04 năm 2031", receipts[1], StringComparison.Ordinal);
        Assert.Contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", receipts[1], StringComparison.Ordinal);

        Assert.Contains($"{notAccepted}: Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận.", page, StringComparison.Ordinal);
        Assert.Contains($"{otherUnit}: Không tìm thấy hồ sơ.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lê Văn Đơn Vị Khác", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ngày 05 tháng 05 năm 2031", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lê Thị Chưa Tiếp Nhận", page, StringComparison.Ordinal);

        var printed = factory.WithDb(db => db.AuditEntries
            .Where(a => a.Action == "dossier.print")
            .Select(a => a.Subject)
            .ToList());
        Assert.Single(printed, s => s == first);
        Assert.Single(printed, s => s == second);
        Assert.DoesNotContain(printed, s => s == notAccepted || s == otherUnit);
    }

    [Fact]
    public async Task The_work_list_offers_to_print_the_receipts_of_the_ticked_dossiers()
    {
        var code = OfficerTestData.CreateInProcessing(factory.Services, Reception, "Lê Thị Có Ô Chọn", new DateOnly(1999, 7, 1));
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var list = await client.GetPageAsync("/can-bo/xu-ly");

        Assert.Contains($"id=\"pick-{code}\"", list, StringComparison.Ordinal);
        Assert.Contains($"formaction=\"{PrintPath}\"", list, StringComparison.Ordinal);
        Assert.Contains(">In giấy tiếp nhận</button>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printing_nothing_or_more_than_fifty_receipts_at_once_is_explained()
    {
        var client = await OfficerTestData.SignedInAsync(factory, Specialist);

        var none = await HandoffTestData.PostManyAsync(client, "/can-bo/xu-ly", PrintPath, []);
        var tooMany = await HandoffTestData.PostManyAsync(client, "/can-bo/xu-ly", PrintPath,
            Enumerable.Range(1, 51).Select(i => new KeyValuePair<string, string>(
                "Input.Selected", "000.00.00.X99-000101-" + i.ToString("0000", CultureInfo.InvariantCulture))));

        var nonePage = await none.Content.ReadAsStringAsync();
        Assert.Contains("Chọn ít nhất một hồ sơ để in giấy tiếp nhận.", nonePage, StringComparison.Ordinal);
        Assert.DoesNotContain(ReceiptArticle, nonePage, StringComparison.Ordinal);
        var tooManyPage = await tooMany.Content.ReadAsStringAsync();
        Assert.Contains("Mỗi lần in tối đa 50 giấy tiếp nhận; vui lòng chọn ít hồ sơ hơn.", tooManyPage, StringComparison.Ordinal);
        Assert.DoesNotContain(ReceiptArticle, tooManyPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_states_the_hand_over_to_processing_as_the_control_sheet_does_or_else_the_start_of_processing()
    {
        var handedOff = HandoffTestData.CreateInProcessing(factory.Services, "Đỗ Văn Sổ Liên Thông");
        var kept = HandoffTestData.CreateInProcessing(factory.Services, "Đỗ Thị Sổ Tại Xã");
        var specialist = await OfficerTestData.SignedInAsync(factory, Specialist);
        var detail = await specialist.GetPageAsync($"/can-bo/ho-so/{handedOff}");
        HandoffTestData.AssertRedirect(await HandoffTestData.HandOffAsync(
            specialist, handedOff, OfficerTestData.VersionOnPage(detail), HandoffTestData.UnitIdOf(factory, "chuyenvien.stp@motcua.local")));
        var sheetStart = HandoffTestData.LoadWithSheet(factory, handedOff).ControlSheet.MinBy(r => r.Sequence)!.HandedOverAt;
        var started = OfficerTestData.Load(factory.Services, kept).Transitions.Where(t => t.To == DossierStatus.InProcessing).Min(t => t.At);
        var reception = await OfficerTestData.SignedInAsync(factory, Reception);
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);

        var period = $"tu={today.AddDays(-1):yyyy-MM-dd}&den={today:yyyy-MM-dd}";

        Assert.Equal(Instant(sheetStart), await HandedOverCellAsync(reception, period, handedOff));
        Assert.Equal(Instant(started), await HandedOverCellAsync(reception, period, kept));
        Assert.NotEqual(Instant(sheetStart), Instant(OfficerTestData.Load(factory.Services, handedOff).Transitions
            .Where(t => t.To == DossierStatus.InProcessing).Min(t => t.At)));
    }

    private static string Instant(DateTimeOffset at) =>
        VietnamTime.ToLocal(at).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The "Chuyển hồ sơ đến bộ phận giải quyết" cell of the dossier's line in the register.</summary>
    private static async Task<string?> HandedOverCellAsync(FormClient client, string period, string code)
    {
        for (var number = 1; number <= 100; number++)
        {
            var page = await client.GetPageAsync($"/can-bo/so-theo-doi?{period}&trang={number}");
            foreach (Match tr in RowPattern().Matches(page))
            {
                var cells = CellPattern().Matches(tr.Groups[1].Value)
                    .Select(c => WebUtility.HtmlDecode(TagPattern().Replace(c.Groups[1].Value, string.Empty)).Trim())
                    .ToList();
                if (cells.Count == 13 && cells[1] == code)
                {
                    return cells[8];
                }
            }

            if (!page.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                break;
            }
        }

        return null;
    }

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
