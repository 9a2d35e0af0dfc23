using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Domain.Common;
using MotCua.Domain.Units;
using Unit = MotCua.Domain.Units.Unit;

namespace MotCua.Application.Administration.Units;

/// <summary>
/// Creates (Id null) or edits a unit. Ending a unit's validity never moves its dossiers: they keep reporting under
/// the unit that handled them; the successor (đơn vị kế thừa) only tells users where the work went.
/// Last write wins: each save is audited with the fields it changed.
/// </summary>
public sealed record SaveUnit(
    int? Id,
    string? Code,
    string? Name,
    string? Address,
    UnitLevel? Level,
    int? ParentId,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    int? SuccessorId) : ICommand<int>;

/// <summary>The unit as the edit form starts from.</summary>
public sealed record GetUnitForEdit(int Id) : IQuery<SaveUnit>;

internal sealed class SaveUnitValidator : AbstractValidator<SaveUnit>
{
    public SaveUnitValidator(IAppDbContext db)
    {
        RuleFor(c => c.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập mã đơn vị.")
            .Must(UnitCode.IsValid)
            .WithMessage($"Mã đơn vị phải theo QCVN 102, dạng {UnitCode.Example}: ba chữ số, hai chữ số, hai chữ số và mã tỉnh (một chữ cái, hai chữ số), cách nhau bởi dấu chấm.")
            .MustAsync(async (c, code, ct) =>
            {
                var normalized = UnitCode.Normalize(code);
                return !await db.Units.AnyAsync(u => u.Code == normalized && u.Id != c.Id, ct);
            })
            .WithMessage(c => $"Mã đơn vị {UnitCode.Normalize(c.Code)} đã được dùng cho đơn vị khác.");

        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập tên đơn vị.")
            .MaximumLength(200).WithMessage("Tên đơn vị không quá 200 ký tự.");

        RuleFor(c => c.Address).MaximumLength(400).WithMessage("Địa chỉ không quá 400 ký tự.");

        RuleFor(c => c.Level).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn cấp đơn vị.")
            .IsInEnum().WithMessage("Vui lòng chọn cấp đơn vị.");

        RuleFor(c => c.ParentId)
            .NotNull().When(c => c.Level is UnitLevel.Department or UnitLevel.Commune)
            .WithMessage("Vui lòng chọn đơn vị cấp trên.");
        RuleFor(c => c.ParentId)
            .Null().When(c => c.Level == UnitLevel.Province)
            .WithMessage("Đơn vị cấp tỉnh không có đơn vị cấp trên.");
        RuleFor(c => c.ParentId).Cascade(CascadeMode.Stop)
            .Must((c, parent) => parent != c.Id).WithMessage("Đơn vị không thể là cấp trên của chính nó.")
            .MustAsync(async (c, parent, ct) => await db.Units.AnyAsync(u => u.Id == parent, ct))
            .WithMessage("Đơn vị cấp trên không tồn tại.")
            .MustAsync(async (c, parent, ct) => c.Id is null || !await IsBelowAsync(db, parent!.Value, c.Id.Value, ct))
            .WithMessage("Không thể chọn đơn vị cấp dưới làm đơn vị cấp trên.")
            .When(c => c.ParentId is not null);

        RuleFor(c => c.ValidFrom).NotNull().WithMessage("Vui lòng nhập ngày bắt đầu hiệu lực.");
        RuleFor(c => c.ValidTo)
            .GreaterThanOrEqualTo(c => c.ValidFrom)
            .When(c => c.ValidFrom is not null && c.ValidTo is not null)
            .WithMessage("Ngày hết hiệu lực phải sau hoặc bằng ngày bắt đầu hiệu lực.");

        RuleFor(c => c.SuccessorId)
            .Null().When(c => c.ValidTo is null)
            .WithMessage("Chỉ chọn đơn vị kế thừa khi đơn vị có ngày hết hiệu lực.");
        RuleFor(c => c.SuccessorId).Cascade(CascadeMode.Stop)
            .Must((c, s) => s != c.Id).WithMessage("Đơn vị không thể kế thừa chính nó.")
            .MustAsync(async (c, s, ct) =>
            {
                var after = c.ValidTo!.Value.AddDays(1);
                return await db.Units.AnyAsync(u => u.Id == s && u.ValidFrom <= after && (u.ValidTo == null || u.ValidTo >= after), ct);
            })
            .WithMessage(c => $"Đơn vị kế thừa phải còn hiệu lực từ ngày {c.ValidTo!.Value.AddDays(1):dd/MM/yyyy}.")
            .When(c => c.SuccessorId is not null && c.ValidTo is not null);
    }

    /// <summary>True when <paramref name="candidate"/> sits somewhere below <paramref name="unitId"/>.</summary>
    private static async Task<bool> IsBelowAsync(IAppDbContext db, int candidate, int unitId, CancellationToken ct)
    {
        var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
        var current = (int?)candidate;
        for (var hops = 0; current is { } id && hops <= parents.Count; hops++)
        {
            if (id == unitId)
                return true;
            current = parents.GetValueOrDefault(id);
        }

        return false;
    }
}

internal sealed class GetUnitForEditHandler(IAppDbContext db) : IQueryHandler<GetUnitForEdit, SaveUnit>
{
    public async ValueTask<SaveUnit> Handle(GetUnitForEdit query, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.Id == query.Id)
            .Select(u => new SaveUnit(u.Id, u.Code, u.Name, u.Address, u.Level, u.ParentId, u.ValidFrom, u.ValidTo, u.SuccessorId))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Không tìm thấy đơn vị.");
}

internal sealed class SaveUnitHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<SaveUnit, int>
{
    public async ValueTask<int> Handle(SaveUnit command, CancellationToken cancellationToken)
    {
        var code = UnitCode.Normalize(command.Code);
        var name = command.Name!.Trim();
        var address = string.IsNullOrWhiteSpace(command.Address) ? null : command.Address.Trim();
        var names = await db.Units.AsNoTracking()
            .Where(u => u.Id == command.ParentId || u.Id == command.SuccessorId)
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        string? NameOf(int? id) => id is { } i ? names.GetValueOrDefault(i) : null;

        Unit unit;
        ChangeSummary changes;
        if (command.Id is { } id)
        {
            unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
                ?? throw new NotFoundException("Không tìm thấy đơn vị.");
            var before = await db.Units.AsNoTracking().Where(u => u.Id == unit.ParentId || u.Id == unit.SuccessorId)
                .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
            string? OldName(int? i) => i is { } x ? before.GetValueOrDefault(x) : null;
            changes = new ChangeSummary()
                .Field("Mã", unit.Code, code)
                .Field("Tên", unit.Name, name)
                .Field("Địa chỉ", unit.Address, address)
                .Field("Cấp", unit.Level, command.Level!.Value)
                .Field("Cấp trên", OldName(unit.ParentId), NameOf(command.ParentId))
                .Field("Hiệu lực từ", unit.ValidFrom, command.ValidFrom!.Value)
                .Field("Hiệu lực đến", unit.ValidTo, command.ValidTo)
                .Field("Đơn vị kế thừa", OldName(unit.SuccessorId), NameOf(command.SuccessorId));
        }
        else
        {
            unit = new Unit { Code = code, Name = name };
            db.Units.Add(unit);
            changes = new ChangeSummary()
                .Value("Tên", name)
                .Value("Cấp", command.Level!.Value)
                .Value("Cấp trên", NameOf(command.ParentId))
                .Value("Hiệu lực từ", command.ValidFrom!.Value)
                .Value("Hiệu lực đến", command.ValidTo);
        }

        unit.Code = code;
        unit.Name = name;
        unit.Address = address;
        unit.Level = command.Level!.Value;
        unit.ParentId = command.ParentId;
        unit.ValidFrom = command.ValidFrom!.Value;
        unit.ValidTo = command.ValidTo;
        unit.SuccessorId = command.ValidTo is null ? null : command.SuccessorId;

        if (command.Id is not null && changes.IsEmpty)
        {
            return unit.Id;
        }

        audit.Record(command.Id is null ? "unit.create" : "unit.update", code, changes.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators saving the same code at once: the unique index keeps one.
            throw new DomainException($"Mã đơn vị {code} đã được dùng cho đơn vị khác; hãy tải lại trang.");
        }

        return unit.Id;
    }
}
