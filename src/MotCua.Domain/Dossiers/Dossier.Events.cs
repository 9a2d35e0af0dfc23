using MotCua.Domain.Calendar;

namespace MotCua.Domain.Dossiers;

/// <summary>A status change not yet reflected in the period rollups; consumed when the change is saved.</summary>
public sealed record DossierMoved(DossierStatus? From, DossierStatus To, DateTimeOffset At)
{
    /// <summary>For a supplement request: which one on this dossier (1 for the first).</summary>
    public int SupplementNumber { get; init; }

    /// <summary>For a resolution: working days from the first counted day to the result (null when no calendar was given).</summary>
    public int? WorkingDays { get; init; }
}

public sealed partial class Dossier
{
    private readonly List<DossierMoved> _events = [];

    /// <summary>Status changes since the dossier was loaded or created (not persisted).</summary>
    public IReadOnlyList<DossierMoved> Events => _events;

    /// <summary>A rating given since the dossier was loaded, not yet counted in the rollups (not persisted).</summary>
    public Rating? NewRating { get; private set; }

    public void ClearEvents()
    {
        _events.Clear();
        NewRating = null;
    }

    /// <summary>
    /// Thời gian giải quyết: working days d with first counted day &lt; d ≤ the day of the result, so a result on the
    /// first counted day takes 0 days. Pauses are not taken out: this is the time the applicant waited.
    /// </summary>
    public static int ProcessingWorkingDays(WorkingCalendar calendar, DateOnly effectiveFrom, DateTimeOffset resolvedAt) =>
        calendar.WorkingDaysBetween(effectiveFrom, VietnamTime.LocalDate(resolvedAt)).Count();

    private void Raise(DossierStatus? from, DossierStatus to, DateTimeOffset at) => _events.Add(new DossierMoved(from, to, at));

    /// <summary>Adds detail to the status change just raised.</summary>
    private void Annotate(Func<DossierMoved, DossierMoved> with) => _events[^1] = with(_events[^1]);
}
