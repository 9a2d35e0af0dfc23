using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Administration.Officers;
using MotCua.Application.Administration.Units;

namespace MotCua.Web.Pages.Admin.Officers;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "donVi")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "vaiTro")]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public OfficerPage Result { get; private set; } = null!;

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Units = await mediator.Send(new GetUnitChoices(), cancellationToken);
        Result = await mediator.Send(new SearchOfficers(UnitId, Role, Text, PageNumber), cancellationToken);
    }

    public string PageUrl(int page) =>
        $"/quan-tri/can-bo?donVi={UnitId}&vaiTro={Uri.EscapeDataString(Role ?? "")}&q={Uri.EscapeDataString(Text ?? "")}&trang={page}";
}
