using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Application.Administration.Procedures;

/// <summary>
/// Creates (Id null) or edits a procedure with its papers, steps and receiving units. Rows keep their ids (a
/// dossier's files point at the paper they answer); the list order is the order shown to citizens.
/// Concurrency: last write wins; every save is audited with the fields it changed.
/// </summary>
public sealed record SaveProcedure(
    int? Id,
    string? Code,
    string? Name,
    int? FieldId,
    UnitLevel? ImplementingLevel,
    OnlineLevel? OnlineLevel,
    int? TimeLimit,
    TimeLimitUnit? TimeLimitUnit,
    TimeOnly? CutoffTime,
    decimal? Fee,
    string? FeeDescription,
    string? Result,
    string? LegalBasis,
    bool IsActive,
    IReadOnlyList<int> UnitIds,
    IReadOnlyList<ProcedurePaperInput> Papers,
    IReadOnlyList<ProcedureStepInput> Steps) : ICommand<int>;

/// <summary>
/// A paper of the form; Id null for a new one. The current template is kept unless <paramref name="NewTemplate"/> (already
/// checked and stored through IFileStore) replaces it or <paramref name="RemoveTemplate"/> drops it.
/// </summary>
/// <param name="TemplateFileName">Name of the current template, for display only: the handler never takes it from the form.</param>
public sealed record ProcedurePaperInput(
    int? Id,
    string? Name,
    bool OriginalRequired,
    int? Sets,
    bool IsMandatory,
    string? TemplateFileName = null,
    PaperTemplateUpload? NewTemplate = null,
    bool RemoveTemplate = false);

/// <summary>A form template just stored (mẫu đơn, tờ khai): the store's name, the original file name and the detected type.</summary>
public sealed record PaperTemplateUpload(string StoredName, string FileName, string ContentType)
{
    /// <summary>What a template may be: documents a citizen fills in, not pictures.</summary>
    public static readonly IReadOnlyList<string> AllowedContentTypes =
    [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ];

    public const long MaxBytes = 5 * 1024 * 1024;
}

/// <summary>A step of the form; Id null for a new one. New step fields (e.g. the hand-off unit) are added here.</summary>
/// <param name="HandlingUnitId">The unit that carries out the step when it is not the receiving unit (hand-off, liên thông).</param>
public sealed record ProcedureStepInput(int? Id, string? Name, UnitLevel? UnitLevel, string? Role, int? SharePercent, int? HandlingUnitId = null);

internal sealed class SaveProcedureValidator : AbstractValidator<SaveProcedure>
{
    public const int MaxTimeLimit = 3650;

    /// <summary>Roles that carry out a step; the administrator's role does not process dossiers.</summary>
    public static readonly IReadOnlyList<string> StepRoles = [Roles.Reception, Roles.Specialist, Roles.Leader];

    public SaveProcedureValidator(IAppDbContext db)
    {
        RuleFor(c => c.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập mã thủ tục.")
            .MaximumLength(32).WithMessage("Mã thủ tục không quá 32 ký tự.")
            .Matches(@"^[0-9A-Za-z][0-9A-Za-z.\-]*$").WithMessage("Mã thủ tục chỉ gồm chữ, số, dấu chấm và gạch ngang, ví dụ 1.001193.")
            .MustAsync(async (c, code, ct) =>
            {
                var trimmed = code!.Trim();
                return !await db.Procedures.AnyAsync(p => p.Code == trimmed && p.Id != c.Id, ct);
            })
            .WithMessage(c => $"Mã thủ tục {c.Code!.Trim()} đã được dùng cho thủ tục khác.");

        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập tên thủ tục.")
            .MaximumLength(400).WithMessage("Tên thủ tục không quá 400 ký tự.");

        RuleFor(c => c.FieldId).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn lĩnh vực.")
            .MustAsync(async (f, ct) => await db.Fields.AnyAsync(x => x.Id == f, ct)).WithMessage("Lĩnh vực không tồn tại.");

        RuleFor(c => c.ImplementingLevel).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn cấp thực hiện.").IsInEnum().WithMessage("Vui lòng chọn cấp thực hiện.");
        RuleFor(c => c.OnlineLevel).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn mức độ dịch vụ công trực tuyến.")
            .IsInEnum().WithMessage("Vui lòng chọn mức độ dịch vụ công trực tuyến.");
        RuleFor(c => c.TimeLimitUnit).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn đơn vị thời hạn.").IsInEnum().WithMessage("Vui lòng chọn đơn vị thời hạn.");
        RuleFor(c => c.TimeLimit).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng nhập thời hạn giải quyết.")
            .InclusiveBetween(1, MaxTimeLimit).WithMessage($"Thời hạn giải quyết phải từ 1 đến {MaxTimeLimit}.");

        RuleFor(c => c.Fee).GreaterThanOrEqualTo(0).WithMessage("Phí, lệ phí không được âm.");
        RuleFor(c => c.FeeDescription).MaximumLength(1000).WithMessage("Mô tả phí, lệ phí không quá 1000 ký tự.");
        RuleFor(c => c.Result).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập kết quả thực hiện.")
            .MaximumLength(1000).WithMessage("Kết quả thực hiện không quá 1000 ký tự.");
        RuleFor(c => c.LegalBasis).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập căn cứ pháp lý.")
            .MaximumLength(2000).WithMessage("Căn cứ pháp lý không quá 2000 ký tự.");

        RuleFor(c => c.UnitIds).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng chọn ít nhất một đơn vị tiếp nhận.")
            .MustAsync(async (ids, ct) =>
            {
                var distinct = ids.Distinct().ToList();
                return await db.Units.CountAsync(u => distinct.Contains(u.Id), ct) == distinct.Count;
            })
            .WithMessage("Đơn vị tiếp nhận không tồn tại.");

        RuleForEach(c => c.Papers).ChildRules(paper =>
        {
            paper.RuleFor(p => p.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Vui lòng nhập tên giấy tờ.")
                .MaximumLength(400).WithMessage("Tên giấy tờ không quá 400 ký tự.");
            paper.RuleFor(p => p.Sets).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Vui lòng nhập số bộ.")
                .InclusiveBetween(1, 20).WithMessage("Số bộ phải từ 1 đến 20.");
            paper.RuleFor(p => p.NewTemplate!.ContentType)
                .Must(t => PaperTemplateUpload.AllowedContentTypes.Contains(t))
                .WithMessage("Tệp mẫu đơn, tờ khai phải là PDF, DOCX hoặc XLSX.")
                .When(p => p.NewTemplate is not null);
        });

        RuleFor(c => c.Steps).NotEmpty().WithMessage("Vui lòng thêm ít nhất một bước xử lý.");
        RuleForEach(c => c.Steps).ChildRules(step =>
        {
            step.RuleFor(s => s.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Vui lòng nhập tên bước.")
                .MaximumLength(400).WithMessage("Tên bước không quá 400 ký tự.");
            step.RuleFor(s => s.UnitLevel).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Vui lòng chọn cấp thực hiện bước.").IsInEnum().WithMessage("Vui lòng chọn cấp thực hiện bước.");
            step.RuleFor(s => s.Role)
                .Must(r => r is not null && StepRoles.Contains(r)).WithMessage("Vui lòng chọn vai trò thực hiện bước.");
            step.RuleFor(s => s.SharePercent).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Vui lòng nhập tỷ lệ thời gian.")
                .InclusiveBetween(1, ProcedureStep.WholeShare).WithMessage("Tỷ lệ thời gian mỗi bước phải từ 1 đến 100%.");
        });
        RuleFor(c => c.Steps)
            .MustAsync(async (steps, ct) =>
            {
                var units = steps.Where(s => s.HandlingUnitId is not null).Select(s => s.HandlingUnitId!.Value).Distinct().ToList();
                return units.Count == 0 || await db.Units.CountAsync(u => units.Contains(u.Id), ct) == units.Count;
            })
            .WithMessage("Đơn vị thực hiện bước không tồn tại.");
        RuleFor(c => c.Steps)
            .Must(steps => Procedure.SharesAddUp(steps.Select(s => s.SharePercent ?? 0)))
            .When(c => c.Steps.Count > 0 && c.Steps.All(s => s.SharePercent is not null))
            .WithMessage(c => $"Tổng tỷ lệ thời gian các bước phải bằng 100% (hiện là {c.Steps.Sum(s => s.SharePercent ?? 0)}%).");
    }
}
