using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Application.Common.Files;
using MotCua.Application.Submissions;
using MotCua.Domain.Dossiers;
using MotCua.Infrastructure.Maintenance;

namespace MotCua.Web.Tests.Submission;

public sealed class AbandonedDataPurgeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Old_files_no_dossier_holds_are_deleted_and_dossier_files_and_recent_uploads_are_kept()
    {
        var (code, _) = await SubmissionApi.SubmitAsync(factory.CreateClient());
        var held = factory.WithDb(db => db.Dossiers.AsNoTracking().Where(d => d.Code == code)
            .SelectMany(d => d.Files).Select(f => f.StoredName).Single());
        var store = factory.Services.GetRequiredService<IFileStore>();
        var abandoned = (await store.SaveAsync(new MemoryStream(DiskFileStoreTests.Pdf()), "bo-do.pdf", 1_000_000, default)).StoredName;
        var recent = (await store.SaveAsync(new MemoryStream(DiskFileStoreTests.Pdf()), "dang-nop.pdf", 1_000_000, default)).StoredName;
        var twoDaysAgo = DateTime.UtcNow.AddDays(-2);
        File.SetLastWriteTimeUtc(PathOf(held), twoDaysAgo);
        File.SetLastWriteTimeUtc(PathOf(abandoned), twoDaysAgo);

        var result = await PurgeAsync(DateTimeOffset.UtcNow);

        Assert.False(File.Exists(PathOf(abandoned)));
        Assert.True(File.Exists(PathOf(held)), "a dossier's file must never be purged, however old");
        Assert.True(File.Exists(PathOf(recent)), "an upload of a submission still being filled in is kept");
        Assert.True(result.FilesDeleted >= 1);
    }

    [Fact]
    public async Task A_form_template_of_a_procedure_paper_is_never_purged_however_old()
    {
        var store = factory.Services.GetRequiredService<IFileStore>();
        var template = (await store.SaveAsync(new MemoryStream(DiskFileStoreTests.Pdf()), "to-khai.pdf", 1_000_000, default)).StoredName;
        var orphan = (await store.SaveAsync(new MemoryStream(DiskFileStoreTests.Pdf()), "mau-cu.pdf", 1_000_000, default)).StoredName;
        factory.WithDb(db => db.Procedures.Where(p => p.Code == "1.001193").SelectMany(p => p.Papers)
            .Where(x => x.TemplateStoredName == null).Take(1)
            .ExecuteUpdate(s => s.SetProperty(x => x.TemplateStoredName, template).SetProperty(x => x.TemplateFileName, "to-khai.pdf")));
        var twoDaysAgo = DateTime.UtcNow.AddDays(-2);
        File.SetLastWriteTimeUtc(PathOf(template), twoDaysAgo);
        File.SetLastWriteTimeUtc(PathOf(orphan), twoDaysAgo);

        await PurgeAsync(DateTimeOffset.UtcNow);

        Assert.True(File.Exists(PathOf(template)), "a procedure paper's form template must be kept");
        Assert.False(File.Exists(PathOf(orphan)), "a replaced template no paper holds any more is purged");
    }

    [Fact]
    public async Task Idempotency_keys_past_their_retention_are_deleted_and_recent_ones_still_replay()
    {
        var client = factory.CreateClient();
        using (var first = await SubmissionApi.PostAsync(client, SubmissionApi.ValidForm("Trần Thị Cũ"), "purge-old-key"))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        using (var second = await SubmissionApi.PostAsync(client, SubmissionApi.ValidForm("Lê Văn Mới"), "purge-new-key"))
        {
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        }

        factory.WithDb(db => db.SubmissionIdempotencies.Where(i => i.Key == "purge-old-key")
            .ExecuteUpdate(s => s.SetProperty(i => i.CreatedAt, DateTimeOffset.UtcNow.AddDays(-8))));

        await PurgeAsync(DateTimeOffset.UtcNow);

        Assert.Equal(["purge-new-key"], Keys());
        Assert.Equal(1, factory.WithDb(db => db.Dossiers.Count(d => d.Applicant.FullName == "Trần Thị Cũ")));
        using var replay = await SubmissionApi.PostAsync(client, SubmissionApi.ValidForm("Lê Văn Mới"), "purge-new-key");
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, factory.WithDb(db => db.Dossiers.Count(d => d.Applicant.FullName == "Lê Văn Mới")));
    }

    private string[] Keys() => factory.WithDb(db => db.SubmissionIdempotencies.AsNoTracking()
        .Where(i => i.Key.StartsWith("purge-")).Select(i => i.Key).OrderBy(k => k).ToArray());

    private async Task<PurgeResult> PurgeAsync(DateTimeOffset now)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AbandonedDataPurger>().PurgeAsync(now, default);
    }

    private string PathOf(string storedName) => Path.Combine(factory.Folder, "files", storedName[..2], storedName);
}
