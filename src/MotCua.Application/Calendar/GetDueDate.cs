using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Calendar;

/// <summary>
/// The due date (hạn xử lý) of something received at a given instant: either a number of working days with an
/// optional cut-off time, or a procedure's time limit and cut-off. Parameters arrive as text so that each malformed
/// one is reported by name.
/// </summary>
public sealed record GetDueDate(string? ReceivedAt, string? WorkingDays, string? ProcedureCode, string? Cutoff)
    : IQuery<DueDateView>;

public sealed record DueDateView(
    DateTimeOffset ReceivedAt,
    DateOnly EffectiveFrom,
    DateOnly DueDate,
    DateTimeOffset? DueAt,
    IReadOnlyList<ExplanationEntry> Explanation);

public sealed class GetDueDateValidator : AbstractValidator<GetDueDate>
{
    private const string Either = "Vui lòng nhập số ngày làm việc (workingDays) hoặc mã thủ tục (procedureCode).";
    private const string OnlyOne = "Chỉ nhập một trong hai: số ngày làm việc (workingDays) hoặc mã thủ tục (procedureCode).";

    public GetDueDateValidator(IAppDbContext db, TimeProvider clock)
    {
        RuleFor(q => q.ReceivedAt).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập thời điểm tiếp nhận (receivedAt).")
            .Must(t => CalendarInput.TryParseInstant(t, out _))
            .WithMessage("Thời điểm tiếp nhận phải theo ISO 8601 và có múi giờ, ví dụ 2026-02-13T15:30+07:00.")
            .Must(t => InCalendarRange(t, clock))
            .WithMessage(_ => $"Chỉ tính được hạn cho hồ sơ tiếp nhận trong các năm {Range(clock)}.");

        // Conditions sit inside each check: FluentValidation's When() would also guard the checks before it.
        RuleFor(q => q.WorkingDays).Cascade(CascadeMode.Stop)
            .Must((q, d) => d is not null || q.ProcedureCode is not null).WithMessage(Either)
            .Must((q, d) => d is null || q.ProcedureCode is null).WithMessage(OnlyOne)
            .Must(d => d is null || CalendarInput.TryParseWorkingDays(d, out _))
            .WithMessage($"Số ngày làm việc (workingDays) phải là số nguyên từ 0 đến {CalendarInput.MaxWorkingDays}.");

        RuleFor(q => q.ProcedureCode).Cascade(CascadeMode.Stop)
            .Must((q, c) => c is not null || q.WorkingDays is not null).WithMessage(Either)
            .Must((q, c) => c is null || q.WorkingDays is null).WithMessage(OnlyOne)
            .MustAsync(async (c, ct) => c is null || await db.Procedures.AnyAsync(p => p.Code == c && p.IsActive, ct))
            .WithMessage(q => $"Không tìm thấy thủ tục có mã “{q.ProcedureCode}”.");

        RuleFor(q => q.Cutoff).Cascade(CascadeMode.Stop)
            .Must(c => c is null || CalendarInput.TryParseCutoff(c, out _))
            .WithMessage("Giờ chốt tiếp nhận (cutoff) phải có dạng HH:mm, ví dụ 15:00.")
            .Must((q, c) => c is null || q.ProcedureCode is null)
            .WithMessage("Không nhập giờ chốt (cutoff) khi tính theo thủ tục: giờ chốt lấy theo thủ tục.");
    }

    private static bool InCalendarRange(string? text, TimeProvider clock)
    {
        if (!CalendarInput.TryParseInstant(text, out var instant))
            return true;
        var year = VietnamTime.ToLocal(clock.GetUtcNow()).Year;
        var receivedYear = VietnamTime.ToLocal(instant).Year;
        return Math.Abs(receivedYear - year) <= CalendarYears.Around;
    }

    private static string Range(TimeProvider clock)
    {
        var year = VietnamTime.ToLocal(clock.GetUtcNow()).Year;
        return $"{year - CalendarYears.Around}–{year + CalendarYears.Around}";
    }
}

internal sealed class GetDueDateHandler(IAppDbContext db, IWorkingCalendarProvider calendars)
    : IQueryHandler<GetDueDate, DueDateView>
{
    public async ValueTask<DueDateView> Handle(GetDueDate query, CancellationToken cancellationToken)
    {
        // The validator has already rejected anything that does not parse.
        if (!CalendarInput.TryParseInstant(query.ReceivedAt, out var receivedAt))
            throw new InvalidOperationException("receivedAt was not validated.");
        ProcessingTime time;
        TimeOnly? cutoff = null;
        if (query.ProcedureCode is { } code)
        {
            var terms = await db.Procedures.AsNoTracking()
                .Where(p => p.Code == code && p.IsActive)
                .Select(p => new DeadlineTerms(p.TimeLimit, p.TimeLimitUnit, p.CutoffTime))
                .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
            time = terms.ToProcessingTime();
            cutoff = terms.Cutoff;
        }
        else
        {
            if (!CalendarInput.TryParseWorkingDays(query.WorkingDays, out var days))
                throw new InvalidOperationException("workingDays was not validated.");
            time = new ProcessingTime(days, ProcessingUnit.WorkingDays);
            if (CalendarInput.TryParseCutoff(query.Cutoff, out var limit))
                cutoff = limit;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var result = DeadlineCalculator.Compute(calendar, receivedAt, time, cutoff);
        return new DueDateView(VietnamTime.ToLocal(receivedAt), result.EffectiveFrom, result.DueDate, result.DueAt,
            result.Explanation);
    }
}
