namespace MotCua.Infrastructure.Maintenance;

/// <summary>Housekeeping of what submissions leave behind (configuration section "Maintenance").</summary>
public sealed class MaintenanceOptions
{
    public const string Section = "Maintenance";

    /// <summary>Runs the purge at all; on by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between two purges.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// An uploaded file that no dossier holds after this long was abandoned (a submission page left half way, a
    /// retry's duplicate). Longer than the 12 hours a submission page keeps its uploads.
    /// </summary>
    public TimeSpan AbandonedUploadAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long an idempotency key keeps answering with its first dossier. The tracking key it holds is already
    /// unreadable after 24 hours; the row itself only links a client key to a dossier code.
    /// </summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromDays(7);
}
