using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MotCua.Application.Common.Files;
using MotCua.Application.Common.Security;
using MotCua.Application.Reception;
using MotCua.Application.Submissions;
using MotCua.Domain.Dossiers;
using MotCua.Web.Pages.Officer.Forms;
using MotCua.Web.Submission;
using MotCua.Web.Validation;

namespace MotCua.Web.Pages.Officer.Reception;

/// <summary>
/// Tiếp nhận hồ sơ tại quầy. Works with the keyboard alone and without script; counter.js only adds the applicant
/// lookup by CCCD (a POST, so the number never lands in a URL or a log) with the person's earlier files to reuse, and the type-ahead procedure picker.
/// </summary>
[Authorize(Roles = Roles.Reception)]
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
public sealed class CounterModel(IMediator mediator, IFileStore store, IOptions<StorageOptions> storage) : PageModel, IRedisplayable
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    [BindProperty]
    public CounterInput Input { get; set; } = new();

    public IReadOnlyList<CounterProcedure> Procedures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DateOnly? dateOfBirth = null;
        if (!string.IsNullOrWhiteSpace(Input.DateOfBirth))
        {
            if (!DateOnly.TryParseExact(Input.DateOfBirth.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                ModelState.AddModelError("Input.DateOfBirth", "Ngày sinh phải có dạng ngày/tháng/năm, ví dụ 05/09/1990.");
                await ReloadAsync(cancellationToken);
                return Page();
            }

            dateOfBirth = parsed;
        }

        var scans = await StoreScansAsync(cancellationToken);
        if (scans is null)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        CounterReceipt receipt;
        try
        {
            receipt = await SendAsync(dateOfBirth, scans, cancellationToken);
        }
        catch
        {
            // Nothing refers to the stored scans: the officer picks the files again with the corrected form.
            foreach (var scan in scans)
            {
                store.Delete(scan.File.StoredName);
            }

            throw;
        }

        TempData[FormModel.TrackingKeySlot] = $"{receipt.Code}|{receipt.TrackingKey}";
        TempData["Status"] = $"Đã tiếp nhận hồ sơ {receipt.Code}. In giấy tiếp nhận và hẹn trả kết quả cho công dân.";
        return Redirect($"/can-bo/ho-so/{Uri.EscapeDataString(receipt.Code)}/mau/1");
    }

    /// <summary>The file slot of a paper's scans on the counter form.</summary>
    public static string ScanSlot(int paperId) => $"scan-{paperId}";

    private Task<CounterReceipt> SendAsync(DateOnly? dateOfBirth, IReadOnlyList<SubmittedFile> scans, CancellationToken cancellationToken) =>
        mediator.Send(
            new ReceiveAtCounter(
                Input.CitizenId?.Trim() ?? string.Empty,
                Input.FullName ?? string.Empty,
                dateOfBirth,
                Input.Phone,
                Input.Email,
                Input.Address,
                Input.ProcedureId,
                Input.DeliveryMethod,
                [.. Input.Papers
                    .Where(p => p.ProcedureId == Input.ProcedureId)
                    .Select(p => new CounterPaper(p.PaperId, p.Received, p.IsOriginal, p.Sets))],
                scans,
                Input.ReusedFileIds),
            cancellationToken).AsTask();

    /// <summary>
    /// Streams the scans of the received papers of the chosen procedure into the file store, checked like a
    /// citizen's upload; null (with the reasons in ModelState, and nothing kept) when one is refused.
    /// </summary>
    private async Task<List<SubmittedFile>?> StoreScansAsync(CancellationToken cancellationToken)
    {
        var scans = new List<SubmittedFile>();
        var errors = new List<string>();
        foreach (var paper in Input.Papers.Where(p => p.ProcedureId == Input.ProcedureId && p.Received).DistinctBy(p => p.PaperId))
        {
            var (stored, refused) = await PendingUploads.StoreAsync(
                store, Request.Form.Files.GetFiles(ScanSlot(paper.PaperId)), paper.PaperId, storage.Value.MaxFileBytes, cancellationToken);
            scans.AddRange(stored);
            errors.AddRange(refused);
        }

        if (scans.Sum(s => s.File.Size) > storage.Value.MaxDossierBytes)
        {
            errors.Add($"Tổng dung lượng các bản quét vượt quá {storage.Value.MaxDossierBytes / (1024 * 1024)} MB.");
        }

        if (errors.Count == 0)
        {
            return scans;
        }

        foreach (var scan in scans)
        {
            store.Delete(scan.File.StoredName);
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError("Input.Papers", error);
        }

        return null;
    }

    /// <summary>Called by counter.js with the CCCD in the body; answers the latest details and earlier dossiers.</summary>
    public async Task<IActionResult> OnPostLookupAsync([FromForm] string? cccd, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new LookupApplicant(cccd ?? string.Empty), cancellationToken);
        return new JsonResult(new { found = found is not null, applicant = found });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Procedures = await mediator.Send(new GetCounterCatalogue(), cancellationToken);

    /// <summary>What was posted for a paper, to show it again after a refused save.</summary>
    public CounterPaperInput? Posted(int procedureId, int paperId) =>
        Input.Papers.FirstOrDefault(p => p.ProcedureId == procedureId && p.PaperId == paperId);

    public sealed class CounterInput
    {
        public string? CitizenId { get; set; }

        public string? FullName { get; set; }

        public string? DateOfBirth { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string? Address { get; set; }

        public int ProcedureId { get; set; }

        public DeliveryMethod DeliveryMethod { get; set; } = DeliveryMethod.Counter;

        public List<CounterPaperInput> Papers { get; set; } = [];

        /// <summary>Earlier files of the same person the officer ticked "Dùng lại".</summary>
        public List<Guid> ReusedFileIds { get; set; } = [];
    }

    public sealed class CounterPaperInput
    {
        public int ProcedureId { get; set; }

        public int PaperId { get; set; }

        public bool Received { get; set; }

        public bool IsOriginal { get; set; }

        public int Sets { get; set; } = 1;
    }
}
