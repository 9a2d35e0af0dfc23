namespace MotCua.Domain.Dossiers;

/// <summary>A status change not yet reflected in the period rollups; consumed when the change is saved.</summary>
public sealed record DossierMoved(DossierStatus? From, DossierStatus To, DateTimeOffset At);

public sealed partial class Dossier
{
    private readonly List<DossierMoved> _events = [];

    /// <summary>Status changes since the dossier was loaded or created (not persisted).</summary>
    public IReadOnlyList<DossierMoved> Events => _events;

    public void ClearEvents() => _events.Clear();

    private void Raise(DossierStatus? from, DossierStatus to, DateTimeOffset at) => _events.Add(new DossierMoved(from, to, at));
}
