using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Reporting;

/// <summary>The periodic report read from the rollups must equal a recount from the dossiers and their history.</summary>
public sealed class PeriodicReportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Columns =
    [
        "Tổng số nhận giải quyết", "Tiếp nhận trong kỳ", "Trực tuyến", "Trực tiếp và bưu chính", "Kỳ trước chuyển qua",
        "Đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn", "Rút, dừng, trả lại", "Đang giải quyết",
    ];

    /// <summary>A period in the middle of the demo year, so that dossiers are carried over into it and out of it.</summary>
    /// <summary>
    /// Five months in the middle of the demo's year whose first day has dossiers still pending, so the carried-over
    /// column has something to show. The demo's 200 dossiers are placed relative to the current time, and some hours
    /// leave none pending on a given first of the month: the period is picked from the recount, not fixed.
    /// </summary>
    private (int From, int To) MiddlePeriod()
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        foreach (var back in new[] { 6, 7, 5, 8, 9, 10 })
        {
            var (from, to) = (today.AddMonths(-back), today.AddMonths(4 - back));
            var period = ((from.Year * 100) + from.Month, (to.Year * 100) + to.Month);
            if (Recount(period.Item1, period.Item2).Values.Sum(figures => figures[2]) > 0)
            {
                return period;
            }
        }

        throw new InvalidOperationException("The demo data carries no dossier over into any month of its year.");
    }

    private static string MonthInput(int month) => $"{month / 100:D4}-{month % 100:D2}";

    [Fact]
    public async Task Excel_export_per_unit_equals_a_recount_from_the_dossiers_and_reconciles()
    {
        var (from, to) = MiddlePeriod();
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao@motcua.local");

        var response = await client.Http.GetAsync(new Uri($"/lanh-dao/bao-cao?handler=Excel&tu={MonthInput(from)}&den={MonthInput(to)}&nhom=Unit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"bao-cao-{from}-{to}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var sheet = await ReadSheetAsync(response);
        var total = sheet[^1];
        Assert.Equal("Tổng cộng", total["Đơn vị"]);

        var expected = Recount(from, to);
        var units = factory.WithDb(db => db.Units.AsNoTracking().ToDictionary(u => u.Id, u => u.Name));
        var rows = sheet[..^1];
        Assert.Equal(expected.Count, rows.Count(r => r.Values.Skip(2).Any(v => v != "0")));
        foreach (var (unitId, figures) in expected)
        {
            var row = Assert.Single(rows, r => r["Đơn vị"] == units[unitId]);
            Assert.Equal(string.Join(',', figures), string.Join(',', Columns.Select(c => row[c])));
        }

        // Received in the period + carried over = resolved + closed without result + still pending, on every row.
        foreach (var row in sheet)
        {
            Assert.Equal(N(row, "Tổng số nhận giải quyết"), N(row, "Tiếp nhận trong kỳ") + N(row, "Kỳ trước chuyển qua"));
            Assert.Equal(N(row, "Tiếp nhận trong kỳ"), N(row, "Trực tuyến") + N(row, "Trực tiếp và bưu chính"));
            Assert.Equal(N(row, "Đã giải quyết"), N(row, "Trước hạn") + N(row, "Đúng hạn") + N(row, "Quá hạn"));
            Assert.Equal(
                N(row, "Tiếp nhận trong kỳ") + N(row, "Kỳ trước chuyển qua"),
                N(row, "Đã giải quyết") + N(row, "Rút, dừng, trả lại") + N(row, "Đang giải quyết"));
        }

        foreach (var column in Columns)
        {
            Assert.Equal(rows.Sum(r => N(r, column)), N(total, column));
        }

        Assert.True(N(total, "Tiếp nhận trong kỳ") > 0, "the demo should receive dossiers in the middle of its year");
        Assert.True(N(total, "Kỳ trước chuyển qua") > 0, "some dossiers should be carried over into the period");
    }

    [Fact]
    public async Task The_page_shows_the_same_totals_as_the_excel_file_and_grouping_by_field_keeps_them()
    {
        var (from, to) = MiddlePeriod();
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao@motcua.local");
        var query = $"tu={MonthInput(from)}&den={MonthInput(to)}";

        var byUnit = await client.GetPageAsync($"/lanh-dao/bao-cao?{query}&nhom=Unit");
        var byField = await client.GetPageAsync($"/lanh-dao/bao-cao?{query}&nhom=Field");
        var excel = await ReadSheetAsync(await client.Http.GetAsync(new Uri($"/lanh-dao/bao-cao?handler=Excel&{query}&nhom=Field", UriKind.Relative)));

        var vietnamese = CultureInfo.GetCultureInfo("vi-VN");
        var totals = string.Join("</td>", Columns.Select(c => $"<td>{N(excel[^1], c).ToString("N0", vietnamese)}"));
        Assert.Contains(totals, Collapse(byUnit), StringComparison.Ordinal);
        Assert.Contains(totals, Collapse(byField), StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" rowspan=\"3\">Lĩnh vực</th>", byField, StringComparison.Ordinal);
        Assert.Contains("Kỳ trước chuyển qua", byUnit, StringComparison.Ordinal);
        Assert.Contains($"tháng {from % 100:D2}/{from / 100}", byUnit, StringComparison.Ordinal);
        var fields = factory.WithDb(db => db.Fields.AsNoTracking().Select(f => f.Name).ToList());
        Assert.All(excel[..^1], row => Assert.Contains(row["Lĩnh vực"], fields));
    }

    [Fact]
    public async Task A_commune_leader_sees_only_their_commune()
    {
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao.xa@motcua.local");

        var sheet = await ReadSheetAsync(await client.Http.GetAsync(new Uri("/lanh-dao/bao-cao?handler=Excel&tu=2000-01&den=2099-12", UriKind.Relative)));

        var row = Assert.Single(sheet[..^1]);
        Assert.Equal("Phường Phố Hiến", row["Đơn vị"]);
        var received = factory.WithDb(db =>
        {
            var commune = db.Units.AsNoTracking().Single(u => u.Name == "Phường Phố Hiến").Id;
            return db.Dossiers.AsNoTracking().Count(d => d.ReceivedAt != null && d.ReceivingUnitId == commune);
        });
        Assert.Equal(received, N(row, "Tiếp nhận trong kỳ"));
    }

    [Fact]
    public async Task An_end_month_before_the_start_month_is_explained()
    {
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao@motcua.local");

        var page = await client.GetPageAsync("/lanh-dao/bao-cao?tu=2026-05&den=2026-02");

        Assert.Contains("Tháng kết thúc không được trước tháng bắt đầu.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#den\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tiepnhan@motcua.local")]
    [InlineData("chuyenvien@motcua.local")]
    public async Task Officers_who_are_not_leaders_cannot_open_the_report_or_its_export(string email)
    {
        var client = FormClient.For(factory);
        await client.LoginAsync(email);

        foreach (var path in new[] { "/lanh-dao/bao-cao", "/lanh-dao/bao-cao?handler=Excel" })
        {
            var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/khong-co-quyen", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_leader_home_links_to_the_report()
    {
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao@motcua.local");

        Assert.Contains("href=\"/lanh-dao/bao-cao\"", await client.GetPageAsync("/lanh-dao"), StringComparison.Ordinal);
    }

    private static int N(IReadOnlyDictionary<string, string> row, string column) => int.Parse(row[column], CultureInfo.InvariantCulture);

    private static string Collapse(string html) => System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><");

    private static async Task<List<IReadOnlyDictionary<string, string>>> ReadSheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(r => (IReadOnlyDictionary<string, string>)r.ToDictionary(
                kv => kv.Key,
                kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture) ?? string.Empty))
            .ToList();
    }

    /// <summary>Per unit under the province: the report's figures recounted from every dossier's transitions.</summary>
    private Dictionary<int, int[]> Recount(int from, int to)
    {
        var dossiers = factory.WithDb(db => db.Dossiers.AsNoTracking().Include(d => d.Transitions).ToList());
        var result = new Dictionary<int, int[]>();
        foreach (var d in dossiers)
        {
            // received: online, counter+postal, carried over; resolved: early, on time, late; closed
            var c = new int[7];
            var accepted = false;
            foreach (var t in d.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id))
            {
                var local = VietnamTime.LocalDate(t.At);
                var month = (local.Year * 100) + local.Month;
                if (month > to)
                {
                    break;
                }

                var before = month < from;
                switch (t.To)
                {
                    case DossierStatus.Accepted:
                        accepted = true;
                        c[before ? 2 : d.Channel == Channel.Online ? 0 : 1]++;
                        break;
                    case DossierStatus.Refused or DossierStatus.Withdrawn or DossierStatus.Stopped when accepted:
                        if (before) { c[2]--; } else { c[6]++; }
                        break;
                    case DossierStatus.Resolved:
                        if (before) { c[2]--; }
                        else { c[d.Outcome == Timeliness.Late || d.SupplementRequestCount > 1 ? 5 : d.Outcome == Timeliness.Early ? 3 : 4]++; }
                        break;
                }
            }

            if (c.All(v => v == 0))
            {
                continue;
            }

            if (!result.TryGetValue(d.ReceivingUnitId, out var sum))
            {
                result[d.ReceivingUnitId] = sum = new int[7];
            }

            for (var i = 0; i < c.Length; i++)
            {
                sum[i] += c[i];
            }
        }

        // Same column order as the sheet: to handle, received, online, counter+postal, carried, resolved, early,
        // on time, late, closed, pending.
        return result.ToDictionary(kv => kv.Key, kv =>
        {
            var (online, counter, carried, early, onTime, late, closed) = (kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3], kv.Value[4], kv.Value[5], kv.Value[6]);
            var resolved = early + onTime + late;
            var pending = carried + online + counter - resolved - closed;
            return new[] { carried + online + counter, online + counter, online, counter, carried, resolved, early, onTime, late, closed, pending };
        });
    }
}
