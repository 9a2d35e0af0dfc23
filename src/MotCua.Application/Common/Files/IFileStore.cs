namespace MotCua.Application.Common.Files;

/// <summary>A file written to disk outside wwwroot under a random name, with what was checked about it.</summary>
public sealed record StoredFile(string StoredName, string OriginalName, string ContentType, long Size, string Sha256);

/// <summary>
/// Dossier files on disk (configurable root, outside wwwroot). Saving streams the upload, enforcing the size limit
/// while reading and checking the content by its signature, not by the name or the declared type.
/// </summary>
public interface IFileStore
{
    /// <exception cref="FileRejectedException">Too large, or content not of an allowed type.</exception>
    Task<StoredFile> SaveAsync(Stream content, string originalName, long maxBytes, CancellationToken cancellationToken);

    Stream OpenRead(string storedName);

    void Delete(string storedName);

    /// <summary>Names of the stored files last written before <paramref name="cutoff"/>, streamed (the store may be large).</summary>
    IEnumerable<string> ListStoredBefore(DateTimeOffset cutoff);

    /// <summary>Removes temporary files of uploads that never finished (a crash mid-upload) older than the cutoff.</summary>
    void PurgeTemporaryBefore(DateTimeOffset cutoff);
}

/// <summary>An upload refused with a reason the applicant can act on (Vietnamese).</summary>
public sealed class FileRejectedException(string message, bool tooLarge) : Exception(message)
{
    public bool TooLarge { get; } = tooLarge;
}
