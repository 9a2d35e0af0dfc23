using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Common;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Application.Catalog;

/// <summary>
/// Searches the published catalogue (danh mục thủ tục hành chính). The text is matched without diacritics or case,
/// every word of it must appear in the name; filters by field, receiving unit and online level; one page at a time.
/// </summary>
public sealed record SearchProcedures(
    string? Text = null,
    string? FieldCode = null,
    int? UnitId = null,
    OnlineLevel? OnlineLevel = null,
    int Page = 1,
    int PageSize = SearchProcedures.DefaultPageSize) : IQuery<ProcedurePage>
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;
}

public sealed record ProcedureSummary(
    string Code,
    string Name,
    string FieldCode,
    string FieldName,
    UnitLevel Level,
    OnlineLevel OnlineLevel,
    int TimeLimit,
    TimeLimitUnit TimeLimitUnit,
    decimal Fee);

public sealed record ProcedurePage(IReadOnlyList<ProcedureSummary> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

internal sealed class SearchProceduresValidator : AbstractValidator<SearchProcedures>
{
    public SearchProceduresValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Số trang phải từ 1 trở lên.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, SearchProcedures.MaxPageSize)
            .WithMessage($"Số thủ tục mỗi trang phải từ 1 đến {SearchProcedures.MaxPageSize}.");
        RuleFor(q => q.Text).MaximumLength(200).WithMessage("Từ khóa tìm kiếm tối đa 200 ký tự.");
    }
}

internal sealed class SearchProceduresHandler(PublicStamps stamps) : IQueryHandler<SearchProcedures, ProcedurePage>
{
    public async ValueTask<ProcedurePage> Handle(SearchProcedures query, CancellationToken cancellationToken) =>
        (await stamps.CatalogAsync(cancellationToken)).Search(query);
}
