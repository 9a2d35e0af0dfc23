namespace MotCua.Application.Common.Auditing;

/// <summary>
/// Records who did what. Entries join the current unit of work and are saved with the change they describe,
/// so an audited action and its audit row commit together.
/// </summary>
public interface IAuditLog
{
    void Record(string action, string? subject = null, string? detail = null);

    /// <summary>For events outside a unit of work (logins): records under the given name and saves at once.</summary>
    Task RecordNowAsync(string action, string userName, string? userId, string? detail, CancellationToken cancellationToken);
}
