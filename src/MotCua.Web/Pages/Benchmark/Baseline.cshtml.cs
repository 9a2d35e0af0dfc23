using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;

namespace MotCua.Web.Pages.Benchmark;

/// <summary>
/// The benchmark's yardstick: the cheapest real page (one row read with EF Core through the full pipeline).
/// Every measured page is reported as a ratio to this one, measured in the same run on the same machine.
/// </summary>
[AllowAnonymous]
public sealed class BaselineModel(IAppDbContext db) : PageModel
{
    public string UnitName { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        UnitName = await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Name).FirstAsync(cancellationToken);
}
