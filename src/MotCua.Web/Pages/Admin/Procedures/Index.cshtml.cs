using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Administration.Procedures;

namespace MotCua.Web.Pages.Admin.Procedures;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    /// <summary>"1" in force, "0" no longer applied, empty: all.</summary>
    [BindProperty(SupportsGet = true, Name = "apDung")]
    public string? Active { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public AdminProcedurePage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await mediator.Send(new SearchAdminProcedures(Text, Active switch { "1" => true, "0" => false, _ => null }, PageNumber),
            cancellationToken);

    public string PageUrl(int page) =>
        $"/quan-tri/thu-tuc?q={Uri.EscapeDataString(Text ?? "")}&apDung={Active}&trang={page}";
}
