using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Administration.Procedures;
using MotCua.Application.Common.Files;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;
using MotCua.Web.Validation;

namespace MotCua.Web.Pages.Admin.Procedures;

/// <summary>
/// Creates or edits a procedure with its papers and steps. Adding, removing and moving rows are form posts that
/// only redisplay the form (no script needed, keyboard friendly); "Lưu thủ tục" saves everything at once.
/// </summary>
public sealed class EditModel(IMediator mediator, IFileStore store) : PageModel, IRedisplayable
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public ProcedureInput Input { get; set; } = new();

    public ProcedureChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Input = ProcedureInput.From(await mediator.Send(new GetProcedureForEdit(id), cancellationToken));
        }
        else
        {
            Input.Steps.Add(new StepInput { SharePercent = Domain.Procedures.ProcedureStep.WholeShare });
        }

        await ReloadAsync(cancellationToken);
        return Page();
    }

    /// <param name="op">A row operation ("paper-add", "step-up:2", …) or empty to save.</param>
    public async Task<IActionResult> OnPostAsync(string? op, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(op))
        {
            ModelState.Clear();
            Apply(op);
            await ReloadAsync(cancellationToken);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var uploads = await StoreTemplatesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            DeleteAll(uploads);
            await ReloadAsync(cancellationToken);
            return Page();
        }

        try
        {
            await mediator.Send(Input.ToCommand(Id, uploads), cancellationToken);
        }
        catch
        {
            DeleteAll(uploads); // not referenced by any paper: nothing must keep it
            throw;
        }

        TempData["Status"] = $"Đã lưu thủ tục {Input.Code?.Trim()}.";
        return Redirect("/quan-tri/thu-tuc");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
            return NotFound();
        try
        {
            var code = await mediator.Send(new DeleteProcedure(id), cancellationToken);
            TempData["Status"] = $"Đã xóa thủ tục {code}.";
            return Redirect("/quan-tri/thu-tuc");
        }
        catch (Domain.Common.DomainException e)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, e.Message);
            return await OnGetAsync(cancellationToken);
        }
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Choices = await mediator.Send(new GetProcedureChoices(), cancellationToken);

    /// <summary>
    /// Stores each newly chosen template (signature checked, at most 5 MB, PDF/DOCX/XLSX only); a refusal becomes an
    /// error next to that paper's file field. Returns the stored ones by paper row.
    /// </summary>
    private async Task<Dictionary<int, PaperTemplateUpload>> StoreTemplatesAsync(CancellationToken cancellationToken)
    {
        var uploads = new Dictionary<int, PaperTemplateUpload>();
        for (var i = 0; i < Input.Papers.Count; i++)
        {
            if (Input.Papers[i].Template is not { Length: > 0 } file)
                continue;
            var key = $"Input.Papers[{i}].Template";
            try
            {
                await using var content = file.OpenReadStream();
                var stored = await store.SaveAsync(content, file.FileName, PaperTemplateUpload.MaxBytes, cancellationToken);
                if (!PaperTemplateUpload.AllowedContentTypes.Contains(stored.ContentType))
                {
                    store.Delete(stored.StoredName);
                    ModelState.AddModelError(key, $"Tệp “{stored.OriginalName}” không phải PDF, DOCX hoặc XLSX: mẫu đơn, tờ khai chỉ nhận các định dạng này.");
                    continue;
                }

                uploads[i] = new PaperTemplateUpload(stored.StoredName, stored.OriginalName, stored.ContentType);
            }
            catch (FileRejectedException e)
            {
                ModelState.AddModelError(key, e.TooLarge ? "Tệp mẫu đơn, tờ khai vượt quá dung lượng cho phép (5 MB)." : e.Message);
            }
        }

        return uploads;
    }

    private void DeleteAll(Dictionary<int, PaperTemplateUpload> uploads)
    {
        foreach (var upload in uploads.Values)
            store.Delete(upload.StoredName);
    }

    private void Apply(string op)
    {
        var parts = op.Split(':');
        var index = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var i) ? i : -1;
        switch (parts[0])
        {
            case "paper-add": Input.Papers.Add(new PaperInput()); break;
            case "paper-remove": RemoveAt(Input.Papers, index); break;
            case "paper-up": Swap(Input.Papers, index, index - 1); break;
            case "paper-down": Swap(Input.Papers, index, index + 1); break;
            case "step-add": Input.Steps.Add(new StepInput()); break;
            case "step-remove": RemoveAt(Input.Steps, index); break;
            case "step-up": Swap(Input.Steps, index, index - 1); break;
            case "step-down": Swap(Input.Steps, index, index + 1); break;
        }
    }

    private static void RemoveAt<T>(List<T> list, int index)
    {
        if (index >= 0 && index < list.Count)
            list.RemoveAt(index);
    }

    private static void Swap<T>(List<T> list, int a, int b)
    {
        if (a >= 0 && b >= 0 && a < list.Count && b < list.Count)
            (list[a], list[b]) = (list[b], list[a]);
    }

    public sealed class ProcedureInput
    {
        [Display(Name = "Mã thủ tục")]
        public string? Code { get; set; }

        [Display(Name = "Tên thủ tục")]
        public string? Name { get; set; }

        [Display(Name = "Lĩnh vực")]
        public int? FieldId { get; set; }

        [Display(Name = "Cấp thực hiện")]
        public UnitLevel? ImplementingLevel { get; set; }

        [Display(Name = "Mức độ dịch vụ công trực tuyến")]
        public OnlineLevel? OnlineLevel { get; set; }

        [Display(Name = "Thời hạn giải quyết")]
        public int? TimeLimit { get; set; }

        [Display(Name = "Tính theo")]
        public TimeLimitUnit? TimeLimitUnit { get; set; } = Domain.Procedures.TimeLimitUnit.WorkingDays;

        [Display(Name = "Giờ chốt nhận hồ sơ trong ngày")]
        public TimeOnly? CutoffTime { get; set; }

        [Display(Name = "Phí, lệ phí (đồng)")]
        public decimal? Fee { get; set; }

        [Display(Name = "Mô tả phí, lệ phí")]
        public string? FeeDescription { get; set; }

        [Display(Name = "Kết quả thực hiện")]
        public string? Result { get; set; }

        [Display(Name = "Căn cứ pháp lý")]
        public string? LegalBasis { get; set; }

        [Display(Name = "Đang áp dụng (hiển thị trong danh mục công khai)")]
        public bool IsActive { get; set; } = true;

        public List<int> UnitIds { get; set; } = [];

        public List<PaperInput> Papers { get; set; } = [];

        public List<StepInput> Steps { get; set; } = [];

        public static ProcedureInput From(SaveProcedure p) => new()
        {
            Code = p.Code, Name = p.Name, FieldId = p.FieldId, ImplementingLevel = p.ImplementingLevel, OnlineLevel = p.OnlineLevel,
            TimeLimit = p.TimeLimit, TimeLimitUnit = p.TimeLimitUnit, CutoffTime = p.CutoffTime, Fee = p.Fee,
            FeeDescription = p.FeeDescription, Result = p.Result, LegalBasis = p.LegalBasis, IsActive = p.IsActive,
            UnitIds = [.. p.UnitIds],
            Papers = [.. p.Papers.Select(x => new PaperInput
            {
                Id = x.Id, Name = x.Name, OriginalRequired = x.OriginalRequired, Sets = x.Sets, IsMandatory = x.IsMandatory,
                TemplateFileName = x.TemplateFileName,
            })],
            Steps = [.. p.Steps.Select(s => new StepInput
            {
                Id = s.Id, Name = s.Name, UnitLevel = s.UnitLevel, Role = s.Role, SharePercent = s.SharePercent,
                HandlingUnitId = s.HandlingUnitId,
            })],
        };

        public SaveProcedure ToCommand(int? id, IReadOnlyDictionary<int, PaperTemplateUpload>? uploads = null) => new(
            id, Code, Name, FieldId, ImplementingLevel, OnlineLevel, TimeLimit, TimeLimitUnit, CutoffTime, Fee, FeeDescription,
            Result, LegalBasis, IsActive, UnitIds,
            [.. Papers.Select((x, i) => new ProcedurePaperInput(
                x.Id, x.Name, x.OriginalRequired, x.Sets, x.IsMandatory, x.TemplateFileName, uploads?.GetValueOrDefault(i), x.RemoveTemplate))],
            [.. Steps.Select(s => new ProcedureStepInput(s.Id, s.Name, s.UnitLevel, s.Role, s.SharePercent, s.HandlingUnitId))]);
    }

    public sealed class PaperInput
    {
        public int? Id { get; set; }

        [Display(Name = "Tên giấy tờ")]
        public string? Name { get; set; }

        [Display(Name = "Loại bản")]
        public bool OriginalRequired { get; set; }

        [Display(Name = "Số bộ")]
        public int? Sets { get; set; } = 1;

        [Display(Name = "Bắt buộc")]
        public bool IsMandatory { get; set; } = true;

        /// <summary>Name of the current template, shown only (the save keeps or replaces the stored one by paper id).</summary>
        public string? TemplateFileName { get; set; }

        [Display(Name = "Tệp mẫu đơn, tờ khai (PDF, DOCX, XLSX)")]
        public IFormFile? Template { get; set; }

        [Display(Name = "Bỏ tệp mẫu")]
        public bool RemoveTemplate { get; set; }
    }

    public sealed class StepInput
    {
        public int? Id { get; set; }

        [Display(Name = "Tên bước")]
        public string? Name { get; set; }

        [Display(Name = "Cấp thực hiện bước")]
        public UnitLevel? UnitLevel { get; set; }

        [Display(Name = "Vai trò thực hiện")]
        public string? Role { get; set; }

        [Display(Name = "Tỷ lệ thời gian (%)")]
        public int? SharePercent { get; set; }

        [Display(Name = "Đơn vị thực hiện (liên thông)")]
        public int? HandlingUnitId { get; set; }
    }
}
