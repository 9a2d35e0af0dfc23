using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MotCua.Application.Common.Files;
using MotCua.Infrastructure.Files;

namespace MotCua.Web.Tests.Submission;

public sealed class DiskFileStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "motcua-store-" + Guid.NewGuid().ToString("N"));
    private readonly DiskFileStore _store;

    public DiskFileStoreTests() =>
        _store = new DiskFileStore(Options.Create(new StorageOptions { Root = _root }), new FakeEnvironment());

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("don.pdf", "application/pdf")]
    [InlineData("anh.jpg", "image/jpeg")]
    [InlineData("anh.png", "image/png")]
    [InlineData("to-khai.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("bang-ke.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task Allowed_types_are_recognised_by_their_content_and_stored_outside_under_a_random_name(string name, string type)
    {
        var bytes = Sample(name);

        var stored = await _store.SaveAsync(new MemoryStream(bytes), name, 1_000_000, CancellationToken.None);

        Assert.Equal(type, stored.ContentType);
        Assert.Equal(bytes.Length, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), stored.Sha256);
        Assert.DoesNotContain(Path.GetFileNameWithoutExtension(name), stored.StoredName, StringComparison.Ordinal);
        await using var read = _store.OpenRead(stored.StoredName);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Theory]
    [InlineData("virus.pdf", "MZ\u0090\u0000 this is a Windows executable")]
    [InlineData("anh.png", "just some text pretending to be a picture")]
    [InlineData("don.pdf", "PDF but not really")]
    public async Task Content_that_does_not_match_an_allowed_type_is_refused_and_nothing_is_kept(string name, string content)
    {
        var error = await Assert.ThrowsAsync<FileRejectedException>(() =>
            _store.SaveAsync(new MemoryStream(Encoding.Latin1.GetBytes(content)), name, 1_000_000, CancellationToken.None));

        Assert.False(error.TooLarge);
        Assert.Contains("không đúng định dạng", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_zip_that_is_not_a_word_or_excel_document_is_refused()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("payload/run.exe").Open();
            entry.Write("MZ"u8);
        }

        await Assert.ThrowsAsync<FileRejectedException>(() =>
            _store.SaveAsync(new MemoryStream(zip.ToArray()), "to-khai.docx", 1_000_000, CancellationToken.None));
    }

    [Fact]
    public async Task Reading_stops_as_soon_as_the_limit_is_passed_and_the_partial_file_is_deleted()
    {
        var source = new CountingStream(Pdf(), totalBytes: 50 * 1024 * 1024);

        var error = await Assert.ThrowsAsync<FileRejectedException>(() =>
            _store.SaveAsync(source, "lon.pdf", 1024 * 1024, CancellationToken.None));

        Assert.True(error.TooLarge);
        Assert.True(source.BytesRead < 2 * 1024 * 1024, $"read {source.BytesRead} bytes of a 50 MB upload with a 1 MB limit");
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Delete_removes_the_file_and_names_that_could_leave_the_root_are_refused()
    {
        var stored = await _store.SaveAsync(new MemoryStream(Pdf()), "a.pdf", 1_000_000, CancellationToken.None);

        _store.Delete(stored.StoredName);

        Assert.Throws<FileNotFoundException>(() => _store.OpenRead(stored.StoredName));
        Assert.Throws<FileNotFoundException>(() => _store.OpenRead("../../etc/passwd"));
    }

    internal static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static byte[] Sample(string name) => Path.GetExtension(name) switch
    {
        ".pdf" => Pdf(),
        ".jpg" => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00],
        ".png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
        ".docx" => Office("word/document.xml"),
        _ => Office("xl/workbook.xml"),
    };

    private static byte[] Office(string part)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entryName in new[] { "[Content_Types].xml", part })
            {
                using var entry = archive.CreateEntry(entryName).Open();
                entry.Write("<x/>"u8);
            }
        }

        return zip.ToArray();
    }

    private sealed class FakeEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "MotCua";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }

    /// <summary>An endless-looking upload that counts how much of it was read.</summary>
    private sealed class CountingStream(byte[] head, long totalBytes) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, totalBytes - BytesRead);
            for (var i = 0; i < n; i++)
            {
                var at = BytesRead + i;
                buffer[offset + i] = at < head.Length ? head[at] : (byte)'x';
            }

            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
