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
/// One form: applicant, receiving unit, one upload slot per paper, delivery method. Uploads are streamed into the
/// file store as soon as they arrive and kept as pending uploads, so a mistake in another field loses nothing.
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

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form = await mediator.Send(new GetSubmissionForm(Code), cancellationToken);
        Input.IdempotencyKey = Guid.NewGuid().ToString("N");
        Input.UnitId = Form.Units.Count > 0 ? Form.Units[0].Id : null;
    }

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
        var command = new SubmitDossier(
            Code, Input.UnitId, Input.ApplicantName, Input.CitizenId, Input.DateOfBirth, Input.Phone, Input.Email,
            Input.Address, Input.DeliveryMethod, files, Input.IdempotencyKey);

        if (!ModelState.IsValid)
        {
            // Show every other mistake at once too, not one round trip per field.
            foreach (var failure in (await validator.ValidateAsync(command, cancellationToken)).Errors)
            {
                if (!ModelState.ContainsKey($"{ValidationPageFilter.InputPrefix}.{failure.PropertyName}"))
                {
                    ModelState.AddModelError($"{ValidationPageFilter.InputPrefix}.{failure.PropertyName}", failure.ErrorMessage);
                }
            }

            return Page();
        }

        var result = await mediator.Send(command, cancellationToken);
        TempData[CodeKey] = result.Code;
        TempData[TrackingKeyKey] = result.TrackingKey;
        return RedirectToPage("/Submission/Confirmation");
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string SlotName(int paperId) => $"paper-{paperId}";

    public static string PaperKey(int paperId) => $"{ValidationPageFilter.InputPrefix}.Papers[{paperId}]";

    public static string PaperFieldId(int paperId) => $"Input_Papers_{paperId}_";

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

        public string? DeliveryMethod { get; set; }

        public string? IdempotencyKey { get; set; }

        public string? PendingToken { get; set; }
    }
}
