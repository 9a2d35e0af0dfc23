using MotCua.Domain.Dossiers;

namespace MotCua.Application.Submissions;

/// <summary>
/// Remembers an online submission by the client's idempotency key, so a retried or double-clicked submission
/// returns the dossier created the first time instead of creating a second one.
/// </summary>
public sealed class SubmissionIdempotency
{
    /// <summary>The client's key (API header Idempotency-Key, or the hidden field of the submission page).</summary>
    public required string Key { get; set; }

    /// <summary>SHA-256 of the request's fields and files' hashes: the same key with another body is refused.</summary>
    public required string RequestHash { get; set; }

    public long DossierId { get; set; }

    public Dossier? Dossier { get; set; }

    /// <summary>
    /// The tracking key encrypted with a 24-hour lifetime, so a client that lost the first answer still gets its key;
    /// never stored in clear, and useless after a day.
    /// </summary>
    public string? ProtectedTrackingKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
