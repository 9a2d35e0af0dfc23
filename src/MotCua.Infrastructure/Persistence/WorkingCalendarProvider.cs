using Microsoft.EntityFrameworkCore;
using MotCua.Application.Calendar;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;

namespace MotCua.Infrastructure.Persistence;

/// <summary>
/// The calendar for the current year ± 3: published schedules or the rule, with the stored overrides on top.
/// Built once and shared (see <see cref="WorkingCalendarCache"/>).
/// </summary>
internal sealed class WorkingCalendarProvider(AppDbContext db, WorkingCalendarCache cache, TimeProvider clock)
    : IWorkingCalendarProvider
{
    public async ValueTask<WorkingCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var year = VietnamTime.ToLocal(now).Year;
        if (cache.TryGet(year, now, out var cached))
            return cached;

        var generation = cache.Generation;
        var from = new DateOnly(year - CalendarYears.Around, 1, 1);
        var to = new DateOnly(year + CalendarYears.Around, 12, 31);
        var overrides = await db.CalendarOverrides.AsNoTracking()
            .Where(o => o.Date >= from && o.Date <= to)
            .ToListAsync(cancellationToken);
        var calendar = CalendarOverrides.Build(year - CalendarYears.Around, year + CalendarYears.Around, overrides);
        cache.Store(year, now, generation, calendar);
        return calendar;
    }
}

/// <summary>
/// One calendar for the whole app. An override bumps the generation, so a calendar built from data read before
/// the change is never stored. The change commits just after the handler invalidates, so for a few seconds
/// nothing is stored at all (a reader could still see the old rows); entries also expire after a few minutes.
/// </summary>
internal sealed class WorkingCalendarCache : IWorkingCalendarCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private const long QuietMilliseconds = 10_000;
    private readonly Lock _gate = new();
    private Entry? _entry;
    private long _generation;
    private long _invalidatedAt = long.MinValue / 2;

    public long Generation
    {
        get
        {
            lock (_gate)
                return _generation;
        }
    }

    public bool TryGet(int year, DateTimeOffset now, out WorkingCalendar calendar)
    {
        lock (_gate)
        {
            if (_entry is { } e && e.Year == year && e.Generation == _generation && now - e.BuiltAt < Lifetime)
            {
                calendar = e.Calendar;
                return true;
            }
        }

        calendar = null!;
        return false;
    }

    public void Store(int year, DateTimeOffset now, long generation, WorkingCalendar calendar)
    {
        lock (_gate)
        {
            if (generation == _generation && Environment.TickCount64 - _invalidatedAt > QuietMilliseconds)
                _entry = new Entry(year, generation, now, calendar);
        }
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _invalidatedAt = Environment.TickCount64;
            _entry = null;
        }
    }

    private sealed record Entry(int Year, long Generation, DateTimeOffset BuiltAt, WorkingCalendar Calendar);
}
