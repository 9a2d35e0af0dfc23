using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Officer;

/// <summary>The officer's desk (/can-bo): each tile shows the number of dossiers of its kind, recounted from the dossier table.</summary>
public sealed partial class WorkspaceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_reception_desk_shows_the_online_queue_and_the_results_to_return_held_by_its_unit()
    {
        var desk = await DeskAsync("tiepnhan@motcua.local");
        var (unitId, _) = Officer("tiepnhan@motcua.local");

        var online = Held(unitId, DossierStatus.Submitted);
        var toReturn = Held(unitId, DossierStatus.Resolved);
        Assert.True(online + toReturn > 0, "the demo unit should hold online dossiers or results to return");
        Assert.Equal(online, Tile(desk, "Hồ sơ trực tuyến chờ tiếp nhận"));
        Assert.Equal(toReturn, Tile(desk, "Hồ sơ chờ trả kết quả"));
        Assert.Equal(Held(unitId, DossierStatus.SupplementRequested), Tile(desk, "Hồ sơ chờ công dân bổ sung"));
    }

    [Fact]
    public async Task The_specialist_desk_shows_the_dossiers_in_processing_at_the_unit_and_those_assigned_to_them()
    {
        var desk = await DeskAsync("chuyenvien@motcua.local");
        var (unitId, userId) = Officer("chuyenvien@motcua.local");

        var processing = Held(unitId, DossierStatus.Accepted) + Held(unitId, DossierStatus.InProcessing);
        var mine = factory.WithDb(db => db.Dossiers.Count(d => d.AssigneeId == userId && DossierWorkflow.PendingStatuses.Contains(d.Status)));
        Assert.True(processing > 0, "the demo unit should have dossiers in processing");
        Assert.Equal(processing, Tile(desk, "Hồ sơ đang xử lý tại đơn vị"));
        Assert.Equal(mine, Tile(desk, "Hồ sơ được giao cho tôi"));
        Assert.Equal(Held(unitId, DossierStatus.SupplementRequested), Tile(desk, "Hồ sơ chờ công dân bổ sung"));
    }

    private async Task<string> DeskAsync(string email)
    {
        var client = FormClient.For(factory);
        await client.LoginAsync(email);
        return await client.GetPageAsync("/can-bo");
    }

    private (int UnitId, string UserId) Officer(string email)
    {
        var user = factory.WithDb(db => db.Users.AsNoTracking().Single(u => u.Email == email));
        return (user.UnitId, user.Id);
    }

    private int Held(int unitId, DossierStatus status) =>
        factory.WithDb(db => db.Dossiers.Count(d => d.CurrentUnitId == unitId && d.Status == status));

    /// <summary>The number on the tile labelled <paramref name="label"/>, as the page prints it (vi-VN: 1.234).</summary>
    private static int Tile(string html, string label)
    {
        var match = TileNumber().Matches(html).SingleOrDefault(m => m.Groups["label"].Value == label)
            ?? throw new Xunit.Sdk.XunitException($"no tile '{label}' on the desk");
        return int.Parse(match.Groups["n"].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN"));
    }

    [GeneratedRegex("""<div class="display-6">(?<n>[\d.]+)</div><div>(?<label>[^<]+)</div>""")]
    private static partial Regex TileNumber();
}
