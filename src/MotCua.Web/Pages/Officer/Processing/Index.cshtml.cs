using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Common.Security;
using MotCua.Application.Processing;
using MotCua.Domain.Dossiers;
using MotCua.Web.Validation;

namespace MotCua.Web.Pages.Officer.Processing;

/// <summary>
/// The processing work lists of the unit, one tab per <c>loai</c>. Reception officers only hand results over, so
/// they see the "results to return" list and are sent there from any other tab.
/// </summary>
[Authorize(Roles = $"{Roles.Specialist},{Roles.Leader},{Roles.Reception}")]
public sealed partial class IndexModel(IMediator mediator) : PageModel, IRedisplayable
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

    /// <summary>Officers the ticked dossiers can be given to; empty when the officer may not assign.</summary>
    public IReadOnlyList<Colleague> Colleagues { get; private set; } = [];

    [BindProperty]
    public BulkAssignInput Input { get; set; } = new();

    public bool ReceptionOnly { get; private set; }

    public string Title => Tabs.First(t => t.Kind == List.Kind).Label;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ReceptionOnly = !User.IsInRole(Roles.Specialist) && !User.IsInRole(Roles.Leader);
        if (ReceptionOnly && Kind != ToReturn)
        {
            return Redirect(Link(ToReturn));
        }

        await ReloadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Bulk assignment: each ticked dossier is checked on its own; the outcome says which were skipped and why.</summary>
    public async Task<IActionResult> OnPostAssignAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new BulkAssignDossiers(Input.Selected, Input.AssigneeId), cancellationToken);
        var message = $"Đã giao {result.Assigned} hồ sơ cho {result.AssigneeName}.";
        if (result.Skipped.Count > 0)
        {
            message += $" Bỏ qua {result.Skipped.Count} hồ sơ: "
                + string.Join("; ", result.Skipped.Select(s => $"{s.Code} ({s.Reason.TrimEnd('.')})")) + ".";
        }

        TempData["Status"] = message;
        return Redirect(Link(Tabs.Any(t => t.Slug == Kind) ? Kind : null, PageNumber));
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        ReceptionOnly = !User.IsInRole(Roles.Specialist) && !User.IsInRole(Roles.Leader);
        var tab = Tabs.FirstOrDefault(t => t.Slug == Kind);
        if (tab.Label is null)
        {
            tab = Tabs[0];
            Kind = null;
        }

        Options = await mediator.Send(new GetWorkListOptions(), cancellationToken);
        List = await LoadListAsync(tab.Kind, cancellationToken);
        Colleagues = ReceptionOnly ? [] : await mediator.Send(new GetAssignableColleagues(), cancellationToken);
    }

    /// <summary>A dossier has a receipt (Form 01) once accepted: not while new (1), nor if refused (3).</summary>
    public static bool HasReceipt(DossierStatus status) => status is not (DossierStatus.Submitted or DossierStatus.Refused);

    public sealed class BulkAssignInput
    {
        /// <summary>"code|version" of each ticked row.</summary>
        public List<string> Selected { get; set; } = [];

        public string? AssigneeId { get; set; }
    }
}
