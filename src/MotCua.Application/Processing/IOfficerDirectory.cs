namespace MotCua.Application.Processing;

/// <summary>An officer who can be given a dossier to process (a specialist or a leader of the unit).</summary>
public sealed record Colleague(string Id, string Name, string? JobTitle);

/// <summary>The officers of a unit, from the identity store (which the application does not see as a DbSet).</summary>
public interface IOfficerDirectory
{
    /// <summary>Specialists and leaders of the unit, by name; locked-out accounts are left out.</summary>
    Task<IReadOnlyList<Colleague>> ProcessingOfficersAsync(int unitId, CancellationToken cancellationToken);
}
