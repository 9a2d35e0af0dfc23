namespace MotCua.Application.Dossiers;

/// <summary>
/// Hands out the next dossier code of a unit for a day. Runs inside the command's transaction, so a rolled-back
/// submission gives its number back: codes stay unique and gap-free under concurrent submissions.
/// </summary>
public interface IDossierCodeAllocator
{
    Task<string> NextAsync(int unitId, string unitCode, DateOnly day, CancellationToken cancellationToken);
}
