using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Reception;

/// <summary>
/// At the counter: the applicant's latest details and earlier dossiers at this unit, found by CCCD, so the officer
/// does not retype them. Sent in a POST body, never in a URL; audited as a view of personal data.
/// </summary>
public sealed record LookupApplicant(string CitizenId) : IQuery<ApplicantLookup?>;

public sealed record EarlierDossier(string Code, string ProcedureName, string Status, string SubmittedOn);

/// <summary>A digitised paper or result of an earlier dossier of the same person, offered for reuse at the counter.</summary>
public sealed record EarlierFile(
    Guid Id, string DossierCode, string OriginalName, string Kind, bool IsResult, string? PaperName, string UploadedOn, long Size);

public sealed record ApplicantLookup(
    string FullName,
    string? DateOfBirth,
    string? Phone,
    string? Email,
    string? Address,
    IReadOnlyList<EarlierDossier> Dossiers,
    IReadOnlyList<EarlierFile> Files);

internal sealed class LookupApplicantHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<LookupApplicant, ApplicantLookup?>
{
    private const int MaxFiles = 30;

    public async ValueTask<ApplicantLookup?> Handle(LookupApplicant query, CancellationToken cancellationToken)
    {
        var citizenId = query.CitizenId.Trim();
        if (citizenId.Length != 12 || !citizenId.All(char.IsAsciiDigit))
        {
            return null;
        }

        var earlier = await (
                from d in db.Dossiers.AsNoTracking().VisibleTo(user)
                where d.Applicant.CitizenId == citizenId
                join p in db.Procedures on d.ProcedureId equals p.Id
                orderby d.SubmittedAt descending
                select new { d.Code, Procedure = p.Name, d.Status, d.SubmittedAt, d.Applicant })
            .Take(10)
            .ToListAsync(cancellationToken);
        audit.Record("applicant.lookup", detail: earlier.Count == 0 ? "Không có hồ sơ trước" : $"{earlier.Count} hồ sơ");
        await db.SaveChangesAsync(cancellationToken);
        if (earlier.Count == 0)
        {
            return null;
        }

        var files = await EarlierFilesAsync(citizenId, cancellationToken);
        var latest = earlier[0].Applicant;
        return new ApplicantLookup(
            latest.FullName,
            latest.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            latest.Phone,
            latest.Email,
            latest.FullAddress,
            [.. earlier.Select(e => new EarlierDossier(
                e.Code, e.Procedure, e.Status.Vietnamese(), Domain.Calendar.VietnamTime.Format(Domain.Calendar.VietnamTime.LocalDate(e.SubmittedAt))))],
            files);
    }

    /// <summary>
    /// The person's files in dossiers the officer may see, newest first; a file already reused (same stored content)
    /// is listed once.
    /// </summary>
    private async Task<List<EarlierFile>> EarlierFilesAsync(string citizenId, CancellationToken cancellationToken)
    {
        var rows = await (
                from d in db.Dossiers.AsNoTracking().VisibleTo(user)
                where d.Applicant.CitizenId == citizenId
                from f in d.Files
                orderby f.UploadedAt descending
                select new { f.Id, d.Code, f.OriginalName, f.Kind, f.PaperId, f.UploadedAt, f.Size, f.StoredName })
            .Take(MaxFiles * 2)
            .ToListAsync(cancellationToken);
        var newest = rows.DistinctBy(r => r.StoredName).Take(MaxFiles).ToList();
        var paperIds = newest.Where(r => r.PaperId is not null).Select(r => r.PaperId!.Value).Distinct().ToList();
        var papers = paperIds.Count == 0
            ? []
            : await db.Procedures.AsNoTracking()
                .SelectMany(p => p.Papers)
                .Where(p => paperIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Name })
                .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return [.. newest.Select(r => new EarlierFile(
            r.Id,
            r.Code,
            r.OriginalName,
            r.Kind switch { FileKind.Result => "Kết quả", FileKind.Supplement => "Bổ sung", _ => "Hồ sơ nộp" },
            r.Kind == FileKind.Result,
            r.PaperId is { } paperId && papers.TryGetValue(paperId, out var name) ? name : null,
            Domain.Calendar.VietnamTime.Format(Domain.Calendar.VietnamTime.LocalDate(r.UploadedAt)),
            r.Size))];
    }
}
