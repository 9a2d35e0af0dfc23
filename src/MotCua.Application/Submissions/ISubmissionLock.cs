namespace MotCua.Application.Submissions;

/// <summary>
/// Serialises submissions that carry the same idempotency key, inside the submitting transaction, so that two
/// simultaneous retries cannot both miss the first one's row: the second waits, then sees it and replays.
/// </summary>
public interface ISubmissionLock
{
    Task AcquireAsync(string idempotencyKey, CancellationToken cancellationToken);
}
