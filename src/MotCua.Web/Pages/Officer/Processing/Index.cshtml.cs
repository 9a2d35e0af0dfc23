using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Common.Security;
using MotCua.Application.Processing;

namespace MotCua.Web.Pages.Officer.Processing;

/// <summary>
/// The processing work lists of the unit, one tab per <c>loai</c>. Reception officers only hand results over, so
/// they see the "results to return" list and are sent there from any other tab.
/// </summary>
[Authorize(Roles = $"{Roles.Specialist},{Roles.Leader},{Roles.Reception}")]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const string ToReturn = "tra-ket-qua";

    public static readonly IReadOnlyList<(string? Slug, WorkListKind Kind, string Label)> Tabs =
    [
        (null, WorkListKind.Pending, "Đang giải quyết"),
        ("cua-toi", WorkListKind.Mine, "Của tôi"),
        ("sap-den-han", WorkListKind.DueSoon, "Sắp đến hạn"),
        ("qua-han", WorkListKind.Overdue, "Quá hạn"),
        ("cho-bo-sung", WorkListKind.AwaitingSupplement, "Chờ bổ sung"),
        (ToReturn, WorkListKind.ToReturn, "Chờ trả kết quả"),
        ("da-xong", WorkListKind.Done, "Đã xử lý xong"),
    ];

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public WorkListPage List { get; private set; } = null!;

    public bool ReceptionOnly { get; private set; }

    public string Title => Tabs.First(t => t.Kind == List.Kind).Label;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ReceptionOnly = !User.IsInRole(Roles.Specialist) && !User.IsInRole(Roles.Leader);
        if (ReceptionOnly && Kind != ToReturn)
        {
            return Redirect($"/can-bo/xu-ly?loai={ToReturn}");
        }

        var tab = Tabs.FirstOrDefault(t => t.Slug == Kind);
        if (tab.Label is null)
        {
            tab = Tabs[0];
            Kind = null;
        }

        List = await mediator.Send(new GetWorkList(tab.Kind, PageNumber), cancellationToken);
        return Page();
    }

    public static string PathOf(string? slug, int page = 1)
    {
        var query = new List<string>();
        if (slug is not null)
        {
            query.Add($"loai={slug}");
        }

        if (page > 1)
        {
            query.Add($"trang={page}");
        }

        return query.Count == 0 ? "/can-bo/xu-ly" : "/can-bo/xu-ly?" + string.Join("&", query);
    }
}
