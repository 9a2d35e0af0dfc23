using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MotCua.Application.Common.Files;

namespace MotCua.Infrastructure.Files;

/// <summary>
/// Files under a configurable root outside wwwroot, in folders sharded by the first two characters of a random
/// name. An upload is streamed to a temporary file while its SHA-256 is computed and its size counted; it is
/// abandoned (and the partial file deleted) the moment it passes the limit, so nothing large is held in memory.
/// The type comes from the content's signature, never from the name or the declared content type.
/// </summary>
internal sealed class DiskFileStore : IFileStore
{
    private const int BufferSize = 81_920;
    private const string TempFolder = "tmp";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    private readonly string _root;

    public DiskFileStore(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        var configured = options.Value.Root;
        _root = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "App_Data", "files")
            : Path.GetFullPath(configured);
        Directory.CreateDirectory(Path.Combine(_root, TempFolder));
    }

    public async Task<StoredFile> SaveAsync(Stream content, string originalName, long maxBytes, CancellationToken cancellationToken)
    {
        var storedName = Guid.NewGuid().ToString("N");
        var tempPath = Path.Combine(_root, TempFolder, storedName + ".part");
        try
        {
            var (size, sha256, head) = await CopyAsync(content, tempPath, maxBytes, cancellationToken);
            if (size == 0)
            {
                throw new FileRejectedException($"Tệp “{SafeName(originalName)}” rỗng.", tooLarge: false);
            }

            var contentType = DetectType(head, tempPath) ?? throw new FileRejectedException(
                $"Tệp “{SafeName(originalName)}” không đúng định dạng cho phép (PDF, JPG, PNG, DOCX, XLSX) hoặc nội dung tệp không khớp với tên tệp.",
                tooLarge: false);

            var finalPath = PathOf(storedName);
            Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
            File.Move(tempPath, finalPath);
            return new StoredFile(storedName, SafeName(originalName), contentType, size, sha256);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
    }

    public Stream OpenRead(string storedName) =>
        new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);

    public void Delete(string storedName) => TryDelete(PathOf(storedName));

    public IEnumerable<string> ListStoredBefore(DateTimeOffset cutoff)
    {
        foreach (var folder in Directory.EnumerateDirectories(_root))
        {
            if (Path.GetFileName(folder) == TempFolder)
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(path);
                if (IsStoredName(name) && File.GetLastWriteTimeUtc(path) < cutoff.UtcDateTime)
                {
                    yield return name;
                }
            }
        }
    }

    public void PurgeTemporaryBefore(DateTimeOffset cutoff)
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(_root, TempFolder), "*.part"))
        {
            if (File.GetLastWriteTimeUtc(path) < cutoff.UtcDateTime)
            {
                TryDelete(path);
            }
        }
    }

    /// <summary>The name shown back to people: no folders, no control characters, at most 200 characters.</summary>
    internal static string SafeName(string originalName)
    {
        var name = Path.GetFileName(originalName.Replace('\\', '/')).Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        if (name.Length == 0)
        {
            name = "tep";
        }

        return name.Length > 200 ? name[^200..] : name;
    }

    private static async Task<(long Size, string Sha256, byte[] Head)> CopyAsync(
        Stream content, string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[8];
        var headLength = 0;
        long size = 0;
        var buffer = new byte[BufferSize];
        await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw new FileRejectedException(
                        string.Create(CultureInfo.InvariantCulture, $"Tệp vượt quá dung lượng cho phép ({maxBytes / (1024 * 1024)} MB)."),
                        tooLarge: true);
                }

                if (headLength < head.Length)
                {
                    var take = Math.Min(head.Length - headLength, read);
                    Array.Copy(buffer, 0, head, headLength, take);
                    headLength += take;
                }

                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()), head[..headLength]);
    }

    private static string? DetectType(byte[] head, string path)
    {
        if (head.AsSpan().StartsWith(PdfSignature))
        {
            return "application/pdf";
        }

        if (head.AsSpan().StartsWith(PngSignature))
        {
            return "image/png";
        }

        if (head.AsSpan().StartsWith(JpegSignature))
        {
            return "image/jpeg";
        }

        return head.AsSpan().StartsWith(ZipSignature) ? OfficeType(path) : null;
    }

    /// <summary>A ZIP is only accepted as a Word or Excel document, judged by the parts it holds.</summary>
    private static string? OfficeType(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            var hasTypes = names.Contains("[Content_Types].xml");
            if (hasTypes && names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
            {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }

            if (hasTypes && names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
            {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private string PathOf(string storedName)
    {
        // Only names this store made: 32 hex digits. Anything else could walk out of the root.
        if (!IsStoredName(storedName))
        {
            throw new FileNotFoundException("Tệp không tồn tại.");
        }

        return Path.Combine(_root, storedName[..2], storedName);
    }

    private static bool IsStoredName(string name) => name.Length == 32 && name.All(char.IsAsciiHexDigitLower);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary file holds no one's data beyond the failed upload.
        }
    }
}
