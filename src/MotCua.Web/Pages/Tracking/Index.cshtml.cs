using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MotCua.Application.Common;
using MotCua.Application.Common.Files;
using MotCua.Application.Submissions;
using MotCua.Application.Tracking;
using MotCua.Web.Submission;
using MotCua.Web.Validation;

namespace MotCua.Web.Pages.Tracking;

/// <summary>
/// Tra cứu hồ sơ. The lookup itself (code + key, posted so the key stays out of logs) is the rate-limited
/// <see cref="LookupModel"/>; a successful lookup is remembered in a short-lived encrypted cookie, and this page
/// then shows the timeline, the due date and what can be done next: answer a supplement request, download the
/// result, rate the service.
/// </summary>
[AllowAnonymous]
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
public sealed class IndexModel(
    IMediator mediator,
    TrackingCookie cookie,
    IFileStore store,
    IOptions<StorageOptions> storage) : PageModel, IRedisplayable
{
    [BindProperty]
    public TrackingInput Input { get; set; } = new();

    public TrackingView? Dossier { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "ma")] string? code, CancellationToken cancellationToken)
    {
        Input.Code = code;
        if (cookie.Read(HttpContext) is { } remembered && (code is null || code == remembered.Code))
        {
            try
            {
                Dossier = await mediator.Send(new TrackDossier(remembered.Code, remembered.Key), cancellationToken);
            }
            catch (NotFoundException)
            {
                TrackingCookie.Clear(HttpContext);
            }
        }
    }

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken)
    {
        if (cookie.Read(HttpContext) is not { } remembered)
        {
            return RedirectToPage();
        }

        var (stored, errors) = await PendingUploads.StoreAsync(
            store, Request.Form.Files.GetFiles("supplementFiles"), null, storage.Value.MaxFileBytes, cancellationToken);
        if (errors.Count > 0 || stored.Sum(f => f.File.Size) > storage.Value.MaxDossierBytes)
        {
            stored.ForEach(f => store.Delete(f.File.StoredName));
            errors.ForEach(e => ModelState.AddModelError($"{ValidationPageFilter.InputPrefix}.Files", e));
            await ReloadAsync(cancellationToken);
            return Page();
        }

        try
        {
            await mediator.Send(new AnswerSupplementRequest(remembered.Code, remembered.Key, Input.Note, stored), cancellationToken);
        }
        catch
        {
            stored.ForEach(f => store.Delete(f.File.StoredName));
            throw;
        }

        TempData["Status"] = "Đã gửi hồ sơ bổ sung. Hồ sơ được chuyển lại cho cán bộ xử lý.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRateAsync(CancellationToken cancellationToken)
    {
        if (cookie.Read(HttpContext) is not { } remembered)
        {
            return RedirectToPage();
        }

        await mediator.Send(
            new RateDossier(remembered.Code, remembered.Key, Input.Result, Input.Attitude, Input.TimeTaken, Input.Comment),
            cancellationToken);
        TempData["Status"] = "Cảm ơn bạn đã đánh giá mức độ hài lòng.";
        return RedirectToPage();
    }

    public IActionResult OnPostClear()
    {
        TrackingCookie.Clear(HttpContext);
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        if (cookie.Read(HttpContext) is { } remembered)
        {
            Dossier = await mediator.Send(new TrackDossier(remembered.Code, remembered.Key), cancellationToken);
        }
    }

    public sealed class TrackingInput
    {
        public string? Code { get; set; }

        public string? Key { get; set; }

        public string? Note { get; set; }

        public int? Result { get; set; }

        public int? Attitude { get; set; }

        public int? TimeTaken { get; set; }

        public string? Comment { get; set; }
    }
}
