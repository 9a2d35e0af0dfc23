using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>The order of a work list.</summary>
public enum WorkListSort
{
    /// <summary>Appointment in effect (an apology's new date, else the due date), oldest first: the order of every list but the finished one.</summary>
    Appointment,

    /// <summary>Received date (ngày tiếp nhận), newest first.</summary>
    ReceivedNewest,

    /// <summary>Received date, oldest first.</summary>
    ReceivedOldest,

    /// <summary>Dossier code (mã hồ sơ), ascending.</summary>
    Code,

    /// <summary>When the dossier was finished (ngày có kết quả), newest first: the finished list's own order.</summary>
    CompletedNewest,
}

/// <summary>Who holds the dossier, for the assignee filter.</summary>
public enum AssigneeFilter
{
    Anyone,
    Me,
    Unassigned,

    /// <summary>A colleague of the unit, given by <see cref="WorkListFilter.ColleagueId"/>.</summary>
    Colleague,
}

/// <summary>
/// Filters of a work list, combined with its tab. No personal data: the applicant's name or CCCD is not a filter here,
/// since these values travel in the page's URL.
/// </summary>
/// <param name="CodePrefix">The start of the dossier code (or the whole code), case-insensitive.</param>
public sealed record WorkListFilter(
    int? ProcedureId = null,
    int? FieldId = null,
    DossierStatus? Status = null,
    DateOnly? ReceivedFrom = null,
    DateOnly? ReceivedTo = null,
    Channel? Channel = null,
    AssigneeFilter Assignee = AssigneeFilter.Anyone,
    string? ColleagueId = null,
    string? CodePrefix = null)
{
    public const int MaxCodeLength = 40;

    public static readonly WorkListFilter None = new();

    public bool IsEmpty => this == None;

    /// <summary>The prefix as stored (codes are upper case), or null when none was given.</summary>
    public string? NormalizedCode => string.IsNullOrWhiteSpace(CodePrefix) ? null : CodePrefix.Trim().ToUpperInvariant();

    /// <summary>The received-date range as instants: from the start of the first local day to the end of the last.</summary>
    public (DateTimeOffset? From, DateTimeOffset? Before) ReceivedRange => (
        ReceivedFrom is { } from ? VietnamTime.At(from, TimeOnly.MinValue) : null,
        ReceivedTo is { } to ? VietnamTime.At(to.AddDays(1), TimeOnly.MinValue) : null);
}

public sealed class GetWorkListValidator : AbstractValidator<GetWorkList>
{
    public GetWorkListValidator(IAppDbContext db, ICurrentUser user, IOfficerDirectory officers)
    {
        When(q => q.Filter is not null, () =>
        {
            RuleFor(q => q.Filter!.ReceivedTo)
                .Must((q, to) => to is null || q.Filter!.ReceivedFrom is null || to >= q.Filter!.ReceivedFrom)
                .WithMessage("“Đến ngày” phải cùng ngày hoặc sau “Từ ngày”.");

            RuleFor(q => q.Filter!.ProcedureId)
                .MustAsync(async (id, ct) => id is null || await db.Procedures.AnyAsync(
                    p => p.Id == id && p.ReceivingUnits.Any(u => u.UnitId == user.UnitId), ct))
                .WithMessage("Thủ tục đã chọn không thuộc đơn vị của bạn.");

            RuleFor(q => q.Filter!.FieldId)
                .MustAsync(async (id, ct) => id is null || await db.Procedures.AnyAsync(
                    p => p.FieldId == id && p.ReceivingUnits.Any(u => u.UnitId == user.UnitId), ct))
                .WithMessage("Lĩnh vực đã chọn không có thủ tục nào của đơn vị bạn.");

            RuleFor(q => q.Filter!.Status)
                .Must(s => s is null || Enum.IsDefined(s.Value))
                .WithMessage("Trạng thái đã chọn không hợp lệ.");

            RuleFor(q => q.Filter!.Channel)
                .Must(c => c is null || Enum.IsDefined(c.Value))
                .WithMessage("Kênh tiếp nhận đã chọn không hợp lệ.");

            RuleFor(q => q.Filter!.ColleagueId)
                .MustAsync(async (q, id, ct) => q.Filter!.Assignee != AssigneeFilter.Colleague
                    || (id is not null && user.UnitId is { } unitId
                        && (await officers.ProcessingOfficersAsync(unitId, ct)).Any(c => c.Id == id)))
                .WithMessage("Cán bộ đã chọn không thuộc đơn vị của bạn.");

            RuleFor(q => q.Filter!.CodePrefix)
                .Must(c => c is null || (c.Trim().Length <= WorkListFilter.MaxCodeLength
                    && c.Trim().All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '.')))
                .WithMessage($"Mã hồ sơ chỉ gồm chữ, số, dấu gạch ngang và dấu chấm, tối đa {WorkListFilter.MaxCodeLength} ký tự.");
        });
    }
}

public sealed record FilterOption(int Id, string Name);

/// <summary>What the filter form offers: the unit's procedures and their fields, and the colleagues of the unit.</summary>
public sealed record WorkListOptions(
    IReadOnlyList<FilterOption> Procedures, IReadOnlyList<FilterOption> Fields, IReadOnlyList<Colleague> Colleagues);

public sealed record GetWorkListOptions : IQuery<WorkListOptions>;

internal sealed class GetWorkListOptionsHandler(IAppDbContext db, ICurrentUser user, IOfficerDirectory officers)
    : IQueryHandler<GetWorkListOptions, WorkListOptions>
{
    public async ValueTask<WorkListOptions> Handle(GetWorkListOptions query, CancellationToken cancellationToken)
    {
        if (user.UnitId is not { } unitId)
        {
            return new WorkListOptions([], [], []);
        }

        var procedures = await db.Procedures.AsNoTracking()
            .Where(p => p.ReceivingUnits.Any(u => u.UnitId == unitId))
            .Select(p => new { p.Id, p.Name, p.FieldId })
            .ToListAsync(cancellationToken);
        var fieldIds = procedures.Select(p => p.FieldId).Distinct().ToList();
        var fields = await db.Fields.AsNoTracking()
            .Where(f => fieldIds.Contains(f.Id))
            .Select(f => new FilterOption(f.Id, f.Name))
            .ToListAsync(cancellationToken);
        return new WorkListOptions(
            [.. procedures.Select(p => new FilterOption(p.Id, p.Name)).OrderBy(p => TextFolding.Fold(p.Name), StringComparer.Ordinal)],
            [.. fields.OrderBy(f => TextFolding.Fold(f.Name), StringComparer.Ordinal)],
            await officers.ProcessingOfficersAsync(unitId, cancellationToken));
    }
}
