using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using MotCua.Application.Common.Files;
using MotCua.Application.Submissions;

namespace MotCua.Web.Submission;

/// <summary>
/// Files a citizen already uploaded on a form that failed on another field. They stay in the file store and are
/// listed in an encrypted, time-limited hidden field, so the redisplayed form keeps them and no one can slip
/// another person's stored file into the list.
/// </summary>
public sealed class PendingUploads(IDataProtectionProvider provider)
{
    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("MotCua.Submission.PendingUploads.v1").ToTimeLimitedDataProtector();

    public string Protect(IReadOnlyList<SubmittedFile> files) =>
        files.Count == 0 ? string.Empty : _protector.Protect(JsonSerializer.Serialize(files), TimeSpan.FromHours(12));

    public IReadOnlyList<SubmittedFile> Unprotect(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<SubmittedFile>>(_protector.Unprotect(token)) ?? [];
        }
        catch (CryptographicException)
        {
            // Expired or tampered: the citizen uploads the files again.
            return [];
        }
    }

    /// <summary>Streams each posted file into the store; a rejected one becomes an error for its slot.</summary>
    public static async Task<(List<SubmittedFile> Stored, List<string> Errors)> StoreAsync(
        IFileStore store, IEnumerable<IFormFile> posted, int? paperId, long maxBytes, CancellationToken cancellationToken)
    {
        var stored = new List<SubmittedFile>();
        var errors = new List<string>();
        foreach (var file in posted.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            try
            {
                await using var stream = file.OpenReadStream();
                stored.Add(new SubmittedFile(paperId, await store.SaveAsync(stream, file.FileName, maxBytes, cancellationToken)));
            }
            catch (FileRejectedException e)
            {
                errors.Add(e.Message);
            }
        }

        return (stored, errors);
    }
}
