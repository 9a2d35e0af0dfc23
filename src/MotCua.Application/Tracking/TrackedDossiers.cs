using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Tracking;

/// <summary>Opens a dossier by its code and secret key; any mismatch looks exactly like an unknown code.</summary>
internal static class TrackedDossiers
{
    public const string NotFoundMessage = "Không tìm thấy hồ sơ hoặc mã tra cứu không đúng.";

    // Hashed when the code is unknown, so that both failures cost the same.
    private static readonly string DecoyHash = TrackingKey.Hash("DECOY");

    public static Task<Dossier> FindAsync(
        IQueryable<Dossier> dossiers, string? code, string? key, CancellationToken cancellationToken) =>
        // One statement: a dossier has a handful of transitions, files, pauses and requests, so joining them all
        // repeats its row a few dozen times at most, which costs far less than a statement per collection.
        FindAsync(
            normalized => dossiers.AsSingleQuery().SingleOrDefaultAsync(d => d.Code == normalized, cancellationToken),
            d => d.TrackingKeyHash, code, key);

    /// <param name="load">Reads what is shown of the dossier with this (trimmed, upper-case) code, or null.</param>
    /// <param name="keyHash">The dossier's tracking key hash in what <paramref name="load"/> read.</param>
    public static async Task<T> FindAsync<T>(Func<string, Task<T?>> load, Func<T, string> keyHash, string? code, string? key)
        where T : class
    {
        code = code?.Trim().ToUpperInvariant();
        var dossier = string.IsNullOrEmpty(code) ? null : await load(code);
        var matches = TrackingKey.Matches(key ?? string.Empty, dossier is null ? DecoyHash : keyHash(dossier));
        return dossier is not null && matches && !string.IsNullOrWhiteSpace(key)
            ? dossier
            : throw new NotFoundException(NotFoundMessage);
    }
}
