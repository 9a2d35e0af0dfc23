using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Common;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Application.Administration.Procedures;

/// <summary>A procedure as its edit form starts from.</summary>
public sealed record GetProcedureForEdit(int Id) : IQuery<SaveProcedure>;

/// <summary>The lists the procedure form chooses from.</summary>
public sealed record GetProcedureChoices : IQuery<ProcedureChoices>;

public sealed record FieldChoice(int Id, string Name);

public sealed record ProcedureChoices(IReadOnlyList<FieldChoice> Fields, IReadOnlyList<Units.UnitChoice> Units);

/// <summary>The administrator's list of procedures: accent-insensitive search on the folded name or the code, inactive included.</summary>
public sealed record SearchAdminProcedures(string? Text = null, bool? Active = null, int Page = 1) : IQuery<AdminProcedurePage>
{
    public const int PageSize = 30;
}

public sealed record AdminProcedureRow(int Id, string Code, string Name, string FieldName, UnitLevel Level, OnlineLevel OnlineLevel, bool IsActive);

public sealed record AdminProcedurePage(IReadOnlyList<AdminProcedureRow> Items, int Total, int Page)
{
    public int PageCount => Total == 0 ? 0 : (Total + SearchAdminProcedures.PageSize - 1) / SearchAdminProcedures.PageSize;
}

internal sealed class GetProcedureForEditHandler(IAppDbContext db) : IQueryHandler<GetProcedureForEdit, SaveProcedure>
{
    public async ValueTask<SaveProcedure> Handle(GetProcedureForEdit query, CancellationToken cancellationToken) =>
        await db.Procedures.AsNoTracking().Where(p => p.Id == query.Id)
            .Select(p => new SaveProcedure(
                p.Id, p.Code, p.Name, p.FieldId, p.ImplementingLevel, p.OnlineLevel, p.TimeLimit, p.TimeLimitUnit, p.CutoffTime,
                p.Fee, p.FeeDescription, p.Result, p.LegalBasis, p.IsActive,
                p.ReceivingUnits.Select(u => u.UnitId).ToList(),
                p.Papers.OrderBy(x => x.Order)
                    .Select(x => new ProcedurePaperInput(
                        x.Id, x.Name, x.OriginalRequired, x.Sets, x.IsMandatory, x.TemplateStoredName != null ? x.TemplateFileName : null)).ToList(),
                p.Steps.OrderBy(s => s.Order)
                    .Select(s => new ProcedureStepInput(s.Id, s.Name, s.UnitLevel, s.Role, s.SharePercent, s.HandlingUnitId)).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Không tìm thấy thủ tục.");
}

internal sealed class GetProcedureChoicesHandler(IAppDbContext db) : IQueryHandler<GetProcedureChoices, ProcedureChoices>
{
    public async ValueTask<ProcedureChoices> Handle(GetProcedureChoices query, CancellationToken cancellationToken) => new(
        await db.Fields.AsNoTracking().OrderBy(f => f.Name).Select(f => new FieldChoice(f.Id, f.Name)).ToListAsync(cancellationToken),
        await db.Units.AsNoTracking().OrderBy(u => u.Level).ThenBy(u => u.Name)
            .Select(u => new Units.UnitChoice(u.Id, u.Code, u.Name, u.Level, u.ValidTo)).ToListAsync(cancellationToken));
}

internal sealed class SearchAdminProceduresHandler(IAppDbContext db) : IQueryHandler<SearchAdminProcedures, AdminProcedurePage>
{
    public async ValueTask<AdminProcedurePage> Handle(SearchAdminProcedures query, CancellationToken cancellationToken)
    {
        var procedures = db.Procedures.AsNoTracking();
        var text = query.Text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            // Same matching as the public catalogue: every folded word must appear in the folded name; or the exact code.
            var words = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10).ToList();
            var byName = db.Procedures.AsNoTracking();
            foreach (var word in words)
                byName = byName.Where(p => p.SearchName.Contains(word));
            procedures = procedures.Where(p => p.Code == text || byName.Any(n => n.Id == p.Id));
        }

        if (query.Active is { } active)
            procedures = procedures.Where(p => p.IsActive == active);

        var page = Math.Max(1, query.Page);
        var total = await procedures.CountAsync(cancellationToken);
        var items = await procedures
            .OrderBy(p => p.Field!.Name).ThenBy(p => p.Code)
            .Skip((page - 1) * SearchAdminProcedures.PageSize).Take(SearchAdminProcedures.PageSize)
            .Select(p => new AdminProcedureRow(p.Id, p.Code, p.Name, p.Field!.Name, p.ImplementingLevel, p.OnlineLevel, p.IsActive))
            .ToListAsync(cancellationToken);
        return new AdminProcedurePage(items, total, page);
    }
}
