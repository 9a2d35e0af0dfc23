using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;

namespace MotCua.Application.Calendar;

/// <summary>
/// The special days of a year (weekends aside): holidays, compensatory days, days off and make-up Saturdays, with
/// the administrators' overrides applied, plus the overrides themselves for the admin page.
/// </summary>
public sealed record GetCalendarYear(int Year) : IQuery<CalendarYearView>;

/// <summary>Where a special day comes from.</summary>
public enum CalendarDaySource
{
    /// <summary>Labour Code rule (Bộ luật Lao động, Điều 112).</summary>
    Rule,

    /// <summary>The government's published schedule (lịch nghỉ chính thức).</summary>
    Official,

    /// <summary>An administrator's override.</summary>
    Override,
}

public sealed record CalendarDayView(DateOnly Date, SpecialDayKind Kind, string Name, CalendarDaySource Source);

public sealed record CalendarOverrideView(
    int Id, DateOnly Date, CalendarOverrideKind Kind, string Reason, string CreatedBy, DateTimeOffset CreatedAt,
    string? Replaces);

public sealed record CalendarYearView(int Year, IReadOnlyList<CalendarDayView> Days, IReadOnlyList<CalendarOverrideView> Overrides);

public sealed class GetCalendarYearValidator : AbstractValidator<GetCalendarYear>
{
    public GetCalendarYearValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(CalendarYears.First, CalendarYears.Last)
            .WithMessage($"Năm (year) phải từ {CalendarYears.First} đến {CalendarYears.Last}.");
}

internal sealed class GetCalendarYearHandler(IAppDbContext db) : IQueryHandler<GetCalendarYear, CalendarYearView>
{
    public async ValueTask<CalendarYearView> Handle(GetCalendarYear query, CancellationToken cancellationToken)
    {
        var from = new DateOnly(query.Year, 1, 1);
        var to = new DateOnly(query.Year, 12, 31);
        var overrides = await db.CalendarOverrides.AsNoTracking()
            .Where(o => o.Date >= from && o.Date <= to)
            .OrderBy(o => o.Date)
            .ToListAsync(cancellationToken);

        var baseDays = CalendarOverrides.BaseDays(query.Year);
        var baseSource = CalendarOverrides.IsOfficial(query.Year) ? CalendarDaySource.Official : CalendarDaySource.Rule;
        var overridden = overrides.Select(o => o.Date).ToHashSet();
        var days = CalendarOverrides.Apply(baseDays, overrides)
            .Select(d => new CalendarDayView(d.Date, d.Kind, d.Name,
                overridden.Contains(d.Date) ? CalendarDaySource.Override : baseSource))
            .ToList();
        var baseByDate = baseDays.ToDictionary(d => d.Date, d => d.Name);
        var views = overrides
            .Select(o => new CalendarOverrideView(o.Id, o.Date, o.Kind, o.Reason, o.CreatedBy, o.CreatedAt,
                baseByDate.GetValueOrDefault(o.Date)))
            .ToList();
        return new CalendarYearView(query.Year, days, views);
    }
}
