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

public sealed record ApplicantLookup(
    string FullName, string? DateOfBirth, string? Phone, string? Email, string? Address, IReadOnlyList<EarlierDossier> Dossiers);

internal sealed class LookupApplicantHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<LookupApplicant, ApplicantLookup?>
{
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

        var latest = earlier[0].Applicant;
        return new ApplicantLookup(
            latest.FullName,
            latest.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            latest.Phone,
            latest.Email,
            latest.FullAddress,
            [.. earlier.Select(e => new EarlierDossier(
                e.Code, e.Procedure, e.Status.Vietnamese(), Domain.Calendar.VietnamTime.Format(Domain.Calendar.VietnamTime.LocalDate(e.SubmittedAt))))]);
    }
}
