using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Domain.Common;
using MotCua.Domain.Procedures;

namespace MotCua.Application.Administration.Procedures;

internal sealed class SaveProcedureHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<SaveProcedure, int>
{
    public async ValueTask<int> Handle(SaveProcedure c, CancellationToken cancellationToken)
    {
        var code = c.Code!.Trim();
        var name = c.Name!.Trim();
        var unitIds = c.UnitIds.Distinct().ToList();
        var unitNames = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var fields = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);

        Procedure procedure;
        if (c.Id is { } id)
        {
            procedure = await db.Procedures
                .Include(p => p.Papers).Include(p => p.Steps).Include(p => p.ReceivingUnits)
                .AsSplitQuery()
                .SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                ?? throw new NotFoundException("Không tìm thấy thủ tục.");
        }
        else
        {
            procedure = new Procedure { Code = code, Name = name, Result = string.Empty, LegalBasis = string.Empty };
            db.Procedures.Add(procedure);
        }

        var changes = new ChangeSummary();
        if (c.Id is null)
        {
            changes.Value("Tên", name).Value("Lĩnh vực", fields.GetValueOrDefault(c.FieldId!.Value));
        }
        else
        {
            changes
                .Field("Mã", procedure.Code, code)
                .Field("Tên", procedure.Name, name)
                .Field("Lĩnh vực", fields.GetValueOrDefault(procedure.FieldId), fields.GetValueOrDefault(c.FieldId!.Value))
                .Field("Cấp thực hiện", procedure.ImplementingLevel, c.ImplementingLevel!.Value)
                .Field("Mức độ trực tuyến", procedure.OnlineLevel, c.OnlineLevel!.Value)
                .Field("Thời hạn", $"{procedure.TimeLimit} {procedure.TimeLimitUnit}", $"{c.TimeLimit} {c.TimeLimitUnit}")
                .Field("Giờ chốt", procedure.CutoffTime, c.CutoffTime)
                .Field("Phí", procedure.Fee, c.Fee ?? 0)
                .Field("Mô tả phí", procedure.FeeDescription, Clean(c.FeeDescription))
                .Field("Kết quả", procedure.Result, c.Result!.Trim())
                .Field("Căn cứ pháp lý", procedure.LegalBasis, c.LegalBasis!.Trim())
                .Field("Đang áp dụng", procedure.IsActive, c.IsActive);
        }

        procedure.Code = code;
        procedure.Name = name; // the setter keeps SearchName folded in step
        procedure.FieldId = c.FieldId!.Value;
        procedure.ImplementingLevel = c.ImplementingLevel!.Value;
        procedure.OnlineLevel = c.OnlineLevel!.Value;
        procedure.TimeLimit = c.TimeLimit!.Value;
        procedure.TimeLimitUnit = c.TimeLimitUnit!.Value;
        procedure.CutoffTime = c.CutoffTime;
        procedure.Fee = c.Fee ?? 0;
        procedure.FeeDescription = Clean(c.FeeDescription);
        procedure.Result = c.Result!.Trim();
        procedure.LegalBasis = c.LegalBasis!.Trim();
        procedure.IsActive = c.IsActive;

        UpdateUnits(procedure, unitIds, unitNames, changes);
        UpdatePapers(procedure, c.Papers, changes);
        UpdateSteps(procedure, c.Steps, changes);

        if (c.Id is not null && changes.IsEmpty)
        {
            return procedure.Id;
        }

        audit.Record(c.Id is null ? "procedure.create" : "procedure.update", code, changes.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new DomainException($"Mã thủ tục {code} đã được dùng cho thủ tục khác; hãy tải lại trang.");
        }

        return procedure.Id;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void UpdateUnits(Procedure procedure, List<int> unitIds, Dictionary<int, string> names, ChangeSummary changes)
    {
        var removed = procedure.ReceivingUnits.Where(u => !unitIds.Contains(u.UnitId)).ToList();
        var added = unitIds.Where(id => procedure.ReceivingUnits.All(u => u.UnitId != id)).ToList();
        foreach (var unit in removed)
            procedure.ReceivingUnits.Remove(unit);
        foreach (var id in added)
            procedure.ReceivingUnits.Add(new ProcedureUnit { UnitId = id });
        if (added.Count > 0)
            changes.Note("Thêm đơn vị tiếp nhận: " + string.Join(", ", added.Select(id => names.GetValueOrDefault(id))));
        if (removed.Count > 0)
            changes.Note("Bỏ đơn vị tiếp nhận: " + string.Join(", ", removed.Select(u => names.GetValueOrDefault(u.UnitId))));
    }

    private static void UpdatePapers(Procedure procedure, IReadOnlyList<ProcedurePaperInput> inputs, ChangeSummary changes)
    {
        var before = Describe(procedure.Papers.OrderBy(p => p.Order)
            .Select(p => (p.Name, p.OriginalRequired, p.Sets, p.IsMandatory, p.TemplateFileName, p.TemplateStoredName)));
        var kept = inputs.Where(i => i.Id is not null).Select(i => i.Id!.Value).ToHashSet();
        procedure.Papers.RemoveAll(p => !kept.Contains(p.Id));
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var paper = input.Id is { } id ? procedure.Papers.SingleOrDefault(p => p.Id == id) : null;
            if (paper is null)
            {
                paper = new ProcedurePaper { Name = string.Empty };
                procedure.Papers.Add(paper);
            }

            paper.Order = i + 1;
            paper.Name = input.Name!.Trim();
            paper.OriginalRequired = input.OriginalRequired;
            paper.Sets = input.Sets!.Value;
            paper.IsMandatory = input.IsMandatory;
            UpdateTemplate(paper, input, changes);
        }

        var after = Describe(procedure.Papers.OrderBy(p => p.Order)
            .Select(p => (p.Name, p.OriginalRequired, p.Sets, p.IsMandatory, p.TemplateFileName, p.TemplateStoredName)));
        if (before != after)
            changes.Note($"Thành phần hồ sơ: {procedure.Papers.Count} giấy tờ ({string.Join(" | ", procedure.Papers.OrderBy(p => p.Order).Select(p => p.Name))})");
    }

    /// <summary>Keeps the current template unless a new one was uploaded or removal was ticked (a new upload wins).</summary>
    private static void UpdateTemplate(ProcedurePaper paper, ProcedurePaperInput input, ChangeSummary changes)
    {
        if (input.NewTemplate is { } upload)
        {
            changes.Note($"Mẫu đơn của “{paper.Name}”: {paper.TemplateFileName ?? "(chưa có)"} → {upload.FileName}");
            paper.TemplateStoredName = upload.StoredName;
            paper.TemplateFileName = upload.FileName;
            paper.TemplateContentType = upload.ContentType;
        }
        else if (input.RemoveTemplate && paper.TemplateStoredName is not null)
        {
            changes.Note($"Bỏ mẫu đơn của “{paper.Name}”: {paper.TemplateFileName}");
            paper.TemplateStoredName = null;
            paper.TemplateFileName = null;
            paper.TemplateContentType = null;
        }
    }

    private static void UpdateSteps(Procedure procedure, IReadOnlyList<ProcedureStepInput> inputs, ChangeSummary changes)
    {
        var before = Describe(procedure.Steps.OrderBy(s => s.Order).Select(s => (s.Name, s.UnitLevel, s.Role, s.SharePercent, s.HandlingUnitId)));
        var kept = inputs.Where(i => i.Id is not null).Select(i => i.Id!.Value).ToHashSet();
        procedure.Steps.RemoveAll(s => !kept.Contains(s.Id));
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var step = input.Id is { } id ? procedure.Steps.SingleOrDefault(s => s.Id == id) : null;
            if (step is null)
            {
                step = new ProcedureStep { Name = string.Empty, Role = string.Empty };
                procedure.Steps.Add(step);
            }

            step.Order = i + 1;
            step.Name = input.Name!.Trim();
            step.UnitLevel = input.UnitLevel!.Value;
            step.Role = input.Role!;
            step.SharePercent = input.SharePercent!.Value;
            step.HandlingUnitId = input.HandlingUnitId;
        }

        var after = Describe(procedure.Steps.OrderBy(s => s.Order).Select(s => (s.Name, s.UnitLevel, s.Role, s.SharePercent, s.HandlingUnitId)));
        if (before != after)
            changes.Note("Quy trình: " + string.Join(" → ", procedure.Steps.OrderBy(s => s.Order).Select(s => $"{s.Name} ({s.Role}, {s.SharePercent}%)")));
    }

    private static string Describe<T>(IEnumerable<T> rows) => string.Join("\n", rows);
}
