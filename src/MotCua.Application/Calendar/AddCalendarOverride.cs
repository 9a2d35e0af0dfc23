using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Common;

namespace MotCua.Application.Calendar;

/// <summary>An administrator adds a day off, a make-up Saturday, or cancels a day off, on a date of the year shown.</summary>
public sealed record AddCalendarOverride(int Year, DateOnly? Date, CalendarOverrideKind? Kind, string? Reason)
    : ICommand<int>;

public sealed class AddCalendarOverrideValidator : AbstractValidator<AddCalendarOverride>
{
    public const int MaxReasonLength = 200;

    public AddCalendarOverrideValidator(IAppDbContext db)
    {
        RuleFor(c => c.Year).InclusiveBetween(CalendarYears.First, CalendarYears.Last)
            .WithMessage($"Năm phải từ {CalendarYears.First} đến {CalendarYears.Last}.");

        RuleFor(c => c.Kind).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn loại điều chỉnh.")
            .IsInEnum().WithMessage("Vui lòng chọn loại điều chỉnh.");

        RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập lý do (ví dụ số văn bản quyết định).")
            .MaximumLength(MaxReasonLength).WithMessage($"Lý do không quá {MaxReasonLength} ký tự.");

        RuleFor(c => c.Date).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng nhập ngày.")
            .Must((c, d) => d!.Value.Year == c.Year).WithMessage(c => $"Ngày phải thuộc năm {c.Year}.")
            .Must((c, d) => c.Kind != CalendarOverrideKind.WorkingSaturday || d!.Value.DayOfWeek == DayOfWeek.Saturday)
            .WithMessage(c => $"Ngày làm bù phải là Thứ Bảy; {VietnamTime.DayName(c.Date!.Value.DayOfWeek)} "
                + $"{VietnamTime.Format(c.Date.Value)} không phải Thứ Bảy.")
            .MustAsync(async (d, ct) => !await db.CalendarOverrides.AnyAsync(o => o.Date == d, ct))
            .WithMessage(c => $"Ngày {VietnamTime.Format(c.Date!.Value)} đã có điều chỉnh; hãy xóa điều chỉnh đó trước.")
            .Custom((d, context) =>
            {
                var kind = context.InstanceToValidate.Kind;
                if (kind is { } k && Enum.IsDefined(k)
                    && CalendarOverrides.Check(CalendarOverrides.BaseDays(d!.Value.Year), d.Value, k) is { } problem)
                {
                    context.AddFailure(problem);
                }
            });
    }
}

internal sealed class AddCalendarOverrideHandler(
    IAppDbContext db, ICurrentUser user, IAuditLog audit, IWorkingCalendarCache cache, TimeProvider clock)
    : ICommandHandler<AddCalendarOverride, int>
{
    public async ValueTask<int> Handle(AddCalendarOverride command, CancellationToken cancellationToken)
    {
        var change = CalendarOverrides.Create(command.Date!.Value, command.Kind!.Value, command.Reason!, user.UserId,
            user.DisplayName ?? "Quản trị", clock.GetUtcNow());
        db.CalendarOverrides.Add(change);
        audit.Record("calendar.override.add", change.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            $"{change.Kind}: {change.Reason}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators adding the same date at once: the unique index keeps one.
            throw new DomainException($"Ngày {VietnamTime.Format(change.Date)} đã có điều chỉnh; hãy tải lại trang.");
        }
        finally
        {
            cache.Invalidate();
        }

        return change.Id;
    }
}
