using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MotCua.Application.Common.Files;
using MotCua.Application.Submissions;
using MotCua.Web.Submission;
using MotCua.Web.Validation;

namespace MotCua.Web.Pages.Submission;

/// <summary>
/// Two steps: the form (applicant, receiving unit, one upload slot per paper, delivery method), then a review of
/// everything with "sửa lại" or "nộp hồ sơ". Uploads are streamed into the file store as soon as they arrive and kept
/// as pending uploads, so a mistake in another field, or going back from the review, loses nothing.
/// </summary>
[AllowAnonymous]
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
public sealed class SubmitModel(
    IMediator mediator,
    IFileStore store,
    PendingUploads pending,
    IValidator<SubmitDossier> validator,
    IOptions<StorageOptions> storage) : PageModel, IRedisplayable
{
    public const string CodeKey = "Submission.Code";
    public const string TrackingKeyKey = "Submission.Key";

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public SubmissionInput Input { get; set; } = new();

    public SubmissionFormView Form { get; private set; } = null!;

    public IReadOnlyList<SubmittedFile> Uploaded { get; private set; } = [];

    /// <summary>True on the review step: everything is valid and shown read-only before the final submission.</summary>
    public bool Reviewing { get; private set; }

    public IReadOnlyList<string> Provinces => Domain.Units.Provinces.Names;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form = await mediator.Send(new GetSubmissionForm(Code), cancellationToken);
        Input.IdempotencyKey = Guid.NewGuid().ToString("N");
        Input.UnitId = Form.Units.Count > 0 ? Form.Units[0].Id : null;
    }

    /// <summary>Step 1 → 2: stores the uploads, checks everything, then shows the review (or the form with its errors).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Form = await mediator.Send(new GetSubmissionForm(Code), cancellationToken);
        var files = pending.Unprotect(Input.PendingToken).ToList();
        var remove = Request.Form["Input.Remove"].ToHashSet(StringComparer.Ordinal);
        foreach (var dropped in files.Where(f => remove.Contains(f.File.StoredName)).ToList())
        {
            store.Delete(dropped.File.StoredName);
            files.Remove(dropped);
        }

        foreach (var paper in Form.Papers)
        {
            var (stored, errors) = await PendingUploads.StoreAsync(
                store, Request.Form.Files.GetFiles(SlotName(paper.Id)), paper.Id, storage.Value.MaxFileBytes, cancellationToken);
            files.AddRange(stored);
            foreach (var error in errors)
            {
                ModelState.AddModelError(PaperKey(paper.Id), error);
            }
        }

        KeepPending(files);
        RequireStructuredAddress();
        foreach (var failure in (await validator.ValidateAsync(Command(files), cancellationToken)).Errors)
        {
            // Every mistake at once, not one round trip per field; an upload's own error stays first.
            var key = $"{ValidationPageFilter.InputPrefix}.{failure.PropertyName}";
            if (ModelState.GetFieldValidationState(key) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            {
                ModelState.AddModelError(key, failure.ErrorMessage);
            }
        }

        Reviewing = ModelState.IsValid;
        return Page();
    }

    /// <summary>Back from the review to the form, with everything typed and uploaded.</summary>
    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        Form = await mediator.Send(new GetSubmissionForm(Code), cancellationToken);
        KeepPending(pending.Unprotect(Input.PendingToken));
        return Page();
    }

    /// <summary>Step 2: the final submission. The idempotency key makes a double click one dossier.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        Form = await mediator.Send(new GetSubmissionForm(Code), cancellationToken);
        var files = pending.Unprotect(Input.PendingToken);
        KeepPending(files);
        RequireStructuredAddress();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await mediator.Send(Command(files), cancellationToken);
        TempData[CodeKey] = result.Code;
        TempData[TrackingKeyKey] = result.TrackingKey;
        return RedirectToPage("/Submission/Confirmation");
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string SlotName(int paperId) => $"paper-{paperId}";

    public static string PaperKey(int paperId) => $"{ValidationPageFilter.InputPrefix}.Papers[{paperId}]";

    public static string PaperFieldId(int paperId) => $"Input_Papers_{paperId}_";

    private SubmitDossier Command(IReadOnlyList<SubmittedFile> files) => new(
        Code, Input.UnitId, Input.ApplicantName, Input.CitizenId, Input.DateOfBirth, Input.Phone, Input.Email,
        Input.Address, Input.DeliveryMethod, files, Input.IdempotencyKey, Input.Commune, Input.Province);

    /// <summary>
    /// This form asks for the address in parts (detail, commune, province) so officers get it structured; the API
    /// and the counter accept a single address line, so the parts are required here only.
    /// </summary>
    private void RequireStructuredAddress()
    {
        if (string.IsNullOrWhiteSpace(Input.Province))
        {
            ModelState.AddModelError($"{ValidationPageFilter.InputPrefix}.{nameof(SubmissionInput.Province)}", "Vui lòng chọn tỉnh, thành phố.");
        }

        if (string.IsNullOrWhiteSpace(Input.Commune))
        {
            ModelState.AddModelError($"{ValidationPageFilter.InputPrefix}.{nameof(SubmissionInput.Commune)}", "Vui lòng nhập xã, phường.");
        }
    }

    private void KeepPending(IReadOnlyList<SubmittedFile> files)
    {
        Uploaded = files;
        Input.PendingToken = pending.Protect(files);
        // The hidden field must show the new list, not the posted one.
        ModelState.Remove($"{ValidationPageFilter.InputPrefix}.{nameof(SubmissionInput.PendingToken)}");
    }

    public sealed class SubmissionInput
    {
        public int? UnitId { get; set; }

        public string? ApplicantName { get; set; }

        public string? CitizenId { get; set; }

        public DateOnly? DateOfBirth { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string? Address { get; set; }

        public string? Commune { get; set; }

        public string? Province { get; set; }

        public string? DeliveryMethod { get; set; }

        public string? IdempotencyKey { get; set; }

        public string? PendingToken { get; set; }
    }
}
