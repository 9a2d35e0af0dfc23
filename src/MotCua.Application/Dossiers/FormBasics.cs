using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dossiers;

/// <summary>The parts every printed form shares (agency, applicant, procedure), for the forms 04 and 05.</summary>
internal static class FormBasics
{
    public static async Task<DossierFormView> LoadAsync(
        IAppDbContext db, Dossier dossier, LegalForm form, string officerName, DateTimeOffset issuedAt, string? note,
        CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.AsNoTracking()
            .Where(p => p.Id == dossier.ProcedureId)
            .Select(p => p.Name)
            .SingleAsync(cancellationToken);
        var agency = await db.Units.AsNoTracking()
            .Where(u => u.Id == dossier.CurrentUnitId)
            .Select(u => new FormAgency(u.Name, u.Parent == null ? null : u.Parent.Name, u.Address))
            .SingleAsync(cancellationToken);
        return new DossierFormView(
            form,
            dossier.Code,
            agency,
            dossier.Applicant,
            procedure,
            dossier.TimeLimit,
            dossier.TimeLimitUnit,
            dossier.DeliveryMethod,
            dossier.SubmittedAt,
            dossier.ReceivedAt,
            dossier.DueDate,
            dossier.DueAt,
            [],
            [],
            officerName,
            issuedAt,
            [],
            note);
    }
}
