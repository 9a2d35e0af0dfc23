using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;

namespace MotCua.Application.Reception;

/// <summary>
/// Papers already digitised, or results already issued, in an earlier dossier of the same person reused at the counter
/// (the citizen does not hand them in again). Stored files never change, so the new dossier's row points to the same
/// stored content; the purge keeps a file as long as any dossier row refers to it.
/// </summary>
internal static class CounterReuse
{
    public const string Refused =
        "Giấy tờ dùng lại phải là giấy tờ đã số hóa hoặc kết quả trong hồ sơ trước đây của chính người nộp này tại đơn vị.";

    public static async Task AttachAsync(
        IAppDbContext db,
        ICurrentUser user,
        IAuditLog audit,
        Dossier dossier,
        Procedure procedure,
        IReadOnlyList<Guid>? fileIds,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        if (fileIds is null or { Count: 0 })
        {
            return;
        }

        var wanted = fileIds.Distinct().ToList();
        var citizenId = dossier.Applicant.CitizenId;
        var files = await db.Dossiers.AsNoTracking().VisibleTo(user)
            .Where(d => d.Applicant.CitizenId == citizenId)
            .SelectMany(d => d.Files)
            .Where(f => wanted.Contains(f.Id))
            .ToListAsync(cancellationToken);
        if (files.Count != wanted.Count)
        {
            throw new ValidationException([new ValidationFailure(nameof(ReceiveAtCounter.ReusedFileIds), Refused)]);
        }

        var papers = procedure.Papers.Select(p => p.Id).ToHashSet();
        foreach (var file in files.OrderBy(f => wanted.IndexOf(f.Id)))
        {
            dossier.Files.Add(new DossierFile
            {
                Kind = FileKind.Application,
                PaperId = file.PaperId is { } paperId && papers.Contains(paperId) ? paperId : null,
                OriginalName = file.OriginalName,
                StoredName = file.StoredName,
                ContentType = file.ContentType,
                Size = file.Size,
                Sha256 = file.Sha256,
                UploadedAt = at,
            });
            audit.Record("dossier.file.reuse", dossier.Code, file.Id.ToString());
        }
    }
}
