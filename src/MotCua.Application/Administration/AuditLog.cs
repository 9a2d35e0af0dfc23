using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;

namespace MotCua.Application.Administration;

/// <summary>
/// The audit log (nhật ký hệ thống) for administrators: newest first, one page at a time, filtered by local dates
/// (giờ Việt Nam), action ("login" covers every "login.*"), the user's name and the dossier code.
/// </summary>
public sealed record SearchAuditLog(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Action = null,
    string? UserName = null,
    string? Subject = null,
    int Page = 1,
    int PageSize = SearchAuditLog.DefaultPageSize) : IQuery<AuditLogPage>
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;
}

public sealed record AuditLogRow(DateTimeOffset At, string UserName, string Action, string? Subject, string? Detail);

public sealed record AuditLogPage(IReadOnlyList<AuditLogRow> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

internal sealed class SearchAuditLogValidator : AbstractValidator<SearchAuditLog>
{
    public SearchAuditLogValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Số trang phải từ 1 trở lên.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, SearchAuditLog.MaxPageSize)
            .WithMessage($"Số dòng mỗi trang phải từ 1 đến {SearchAuditLog.MaxPageSize}.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("Đến ngày phải sau hoặc bằng Từ ngày.");
        RuleFor(q => q.Action).MaximumLength(64).WithMessage("Loại thao tác tối đa 64 ký tự.");
        RuleFor(q => q.UserName).MaximumLength(100).WithMessage("Người thực hiện tối đa 100 ký tự.");
        RuleFor(q => q.Subject).MaximumLength(64).WithMessage("Mã hồ sơ tối đa 64 ký tự.");
    }
}

internal sealed class SearchAuditLogHandler(IAppDbContext db) : IQueryHandler<SearchAuditLog, AuditLogPage>
{
    public async ValueTask<AuditLogPage> Handle(SearchAuditLog query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();

        // Local days are [00:00, next 00:00) at +07:00; the range uses the index on At.
        if (query.From is { } from)
        {
            var start = VietnamTime.At(from, TimeOnly.MinValue);
            entries = entries.Where(a => a.At >= start);
        }

        if (query.To is { } to)
        {
            var end = VietnamTime.At(to.AddDays(1), TimeOnly.MinValue);
            entries = entries.Where(a => a.At < end);
        }

        var action = query.Action?.Trim();
        if (!string.IsNullOrEmpty(action))
        {
            var prefix = action + ".";
            entries = entries.Where(a => a.Action == action || a.Action.StartsWith(prefix));
        }

        var userName = query.UserName?.Trim();
        if (!string.IsNullOrEmpty(userName))
        {
            entries = entries.Where(a => a.UserName.Contains(userName));
        }

        var subject = query.Subject?.Trim();
        if (!string.IsNullOrEmpty(subject))
        {
            entries = entries.Where(a => a.Subject == subject);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(a => new AuditLogRow(a.At, a.UserName, a.Action, a.Subject, a.Detail))
            .ToListAsync(cancellationToken);

        return new AuditLogPage(items, total, query.Page, query.PageSize);
    }
}
