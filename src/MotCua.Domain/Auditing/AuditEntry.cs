namespace MotCua.Domain.Auditing;

/// <summary>
/// One audited event (nhật ký hệ thống): a state change, a view or download of personal data, a login.
/// Detail holds no personal data itself, only what was touched (e.g. the dossier code).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>A short action key, e.g. "login.failed", "dossier.accept", "dossier.view", "file.download".</summary>
    public required string Action { get; set; }

    public string? Subject { get; set; }

    public string? Detail { get; set; }
}
