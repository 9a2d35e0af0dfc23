using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Common;
using MotCua.Domain.Procedures;

namespace MotCua.Application.Submissions;

/// <summary>What the submission page needs of a procedure offered online: its papers and receiving units.</summary>
public sealed record GetSubmissionForm(string Code) : IQuery<SubmissionFormView>;

public sealed record SubmissionFormView(
    string Code,
    string Name,
    OnlineLevel OnlineLevel,
    string Result,
    IReadOnlyList<FormPaper> Papers,
    IReadOnlyList<FormUnit> Units)
{
    public bool ResultCanBeElectronic => OnlineLevel == OnlineLevel.Full;
}

public sealed record FormPaper(int Id, string Name, bool IsMandatory, bool OriginalRequired);

public sealed record FormUnit(int Id, string Name);

internal sealed class GetSubmissionFormHandler(IAppDbContext db) : IQueryHandler<GetSubmissionForm, SubmissionFormView>
{
    public async ValueTask<SubmissionFormView> Handle(GetSubmissionForm query, CancellationToken cancellationToken) =>
        await db.Procedures.AsNoTracking().AsSplitQuery()
            .Where(p => p.Code == query.Code && p.IsActive && p.OnlineLevel != OnlineLevel.CounterOnly)
            .Select(p => new SubmissionFormView(
                p.Code,
                p.Name,
                p.OnlineLevel,
                p.Result,
                p.Papers.OrderBy(x => x.Order).Select(x => new FormPaper(x.Id, x.Name, x.IsMandatory, x.OriginalRequired)).ToList(),
                p.ReceivingUnits.OrderBy(u => u.UnitId).Select(u => new FormUnit(u.UnitId, u.Unit!.Name)).ToList()))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Thủ tục không tồn tại hoặc không được nộp trực tuyến.");
}

/// <summary>Procedures offered online, most used first, optionally filtered by name with or without accents.</summary>
public sealed record ListOnlineProcedures(string? Search) : IQuery<IReadOnlyList<OnlineProcedureItem>>;

public sealed record OnlineProcedureItem(string Code, string Name, string FieldName, OnlineLevel OnlineLevel);

internal sealed class ListOnlineProceduresHandler(IAppDbContext db)
    : IQueryHandler<ListOnlineProcedures, IReadOnlyList<OnlineProcedureItem>>
{
    public async ValueTask<IReadOnlyList<OnlineProcedureItem>> Handle(ListOnlineProcedures query, CancellationToken cancellationToken)
    {
        var procedures = db.Procedures.AsNoTracking().Where(p => p.IsActive && p.OnlineLevel != OnlineLevel.CounterOnly);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = TextFolding.Fold(query.Search.Trim());
            procedures = procedures.Where(p => p.SearchName.Contains(folded) || p.Code.Contains(folded));
        }

        return await procedures
            .OrderByDescending(p => p.OnlineLevel).ThenByDescending(p => p.Popularity).ThenBy(p => p.Name)
            .Select(p => new OnlineProcedureItem(p.Code, p.Name, p.Field!.Name, p.OnlineLevel))
            .ToListAsync(cancellationToken);
    }
}
