using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Dossiers;
using MotCua.Application.Processing;
using MotCua.Application.Reception;
using MotCua.Web.Validation;

namespace MotCua.Web.Pages.Officer.Dossiers;

/// <summary>
/// The dossier page of the officer's unit. Every action posts the version the officer saw, so a colleague's change
/// in between is reported instead of overwritten; the text typed stays on the page after any refusal.
/// </summary>
public sealed partial class DetailModel(IMediator mediator) : PageModel, IRedisplayable
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public DossierDetailView View { get; private set; } = null!;

    /// <summary>Hand-off between units, assignment to a colleague and the control sheet (Form 06).</summary>
    public HandoffPanel Handoff { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = View.Version;
        Input.ToUnitId = Handoff.DefaultUnitId ?? 0;
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(new AcceptDossier(Code, Input.Version), cancellationToken);
        TempData["Status"] = $"Đã tiếp nhận hồ sơ {code}. In giấy tiếp nhận và hẹn trả kết quả cho công dân.";
        return Redirect(FormPath(code, 1));
    }

    public async Task<IActionResult> OnPostSupplementAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(new RequestSupplement(Code, Input.Version, Input.MissingItems ?? string.Empty), cancellationToken);
        TempData["Status"] = $"Đã gửi yêu cầu bổ sung hồ sơ {code}.";
        return Redirect(FormPath(code, 2));
    }

    public async Task<IActionResult> OnPostRefuseAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(new RefuseDossier(Code, Input.Version, Input.Reason ?? string.Empty), cancellationToken);
        TempData["Status"] = $"Đã từ chối tiếp nhận hồ sơ {code}.";
        return Redirect(FormPath(code, 3));
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(new StartProcessing(Code, Input.Version), cancellationToken);
        TempData["Status"] = $"Hồ sơ {code} đã chuyển sang trạng thái đang xử lý.";
        return Redirect($"/can-bo/ho-so/{Uri.EscapeDataString(code)}");
    }

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(new AssignToMe(Code, Input.Version), cancellationToken);
        TempData["Status"] = $"Hồ sơ {code} đã được giao cho bạn xử lý.";
        return Redirect(DetailPath(code));
    }

    public async Task<IActionResult> OnPostResolveAsync(CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new ResolveDossier(Code, Input.Version), cancellationToken);
        TempData["Status"] = $"Hồ sơ {outcome.Code} đã xử lý xong, {outcome.Timeliness.Vietnamese()}. Kết quả chờ trả cho công dân.";
        return Redirect(DetailPath(outcome.Code));
    }

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(new ReturnResult(Code, Input.Version, Input.ReceivedBy ?? string.Empty), cancellationToken);
        TempData["Status"] = $"Đã trả kết quả hồ sơ {code}.";
        return Redirect(DetailPath(code));
    }

    public async Task<IActionResult> OnPostHandOffAsync(CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new HandOffDossier(Code, Input.Version, Input.ToUnitId, Input.HandOffNote), cancellationToken);
        TempData["Status"] = $"Đã chuyển hồ sơ {outcome.Code} đến {outcome.UnitName} để xử lý liên thông.";
        return Redirect(outcome.StillVisible ? DetailPath(outcome.Code) : "/can-bo/xu-ly");
    }

    public async Task<IActionResult> OnPostAssignToAsync(CancellationToken cancellationToken)
    {
        var name = await mediator.Send(new AssignDossier(Code, Input.Version, Input.AssigneeId), cancellationToken);
        TempData["Status"] = $"Đã giao hồ sơ {Code} cho {name} xử lý.";
        return Redirect(DetailPath(Code));
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new GetDossierDetail(Code), cancellationToken);
        Handoff = await mediator.Send(new GetHandoffPanel(Code), cancellationToken);
    }

    public static string DetailPath(string code) => $"/can-bo/ho-so/{Uri.EscapeDataString(code)}";

    public static string FormPath(string code, int form) => $"/can-bo/ho-so/{Uri.EscapeDataString(code)}/mau/{form}";

    public sealed partial class ActionInput
    {
        public int Version { get; set; }

        public string? MissingItems { get; set; }

        public string? Reason { get; set; }

        public string? ReceivedBy { get; set; }

        public int ToUnitId { get; set; }

        public string? HandOffNote { get; set; }

        public string? AssigneeId { get; set; }
    }
}
