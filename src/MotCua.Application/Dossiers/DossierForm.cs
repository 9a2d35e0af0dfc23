using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dossiers;

/// <summary>
/// The data of a printable form of Circular 03/2025/TT-VPCP for one dossier: 01 receipt, 02 supplement request,
/// 03 refusal. A form the dossier has not reached yet (no refusal, no request) does not exist for it.
/// </summary>
public sealed record GetDossierForm(string Code, int Form) : IQuery<DossierFormView>;

public sealed record FormAgency(string Name, string? ParentName, string? Address);

public sealed record FormPaper(string Name, bool IsOriginal, int Sets);

public sealed record DossierFormView(
    LegalForm Form,
    string Code,
    FormAgency Agency,
    Applicant Applicant,
    string ProcedureName,
    int TimeLimit,
    Domain.Procedures.TimeLimitUnit TimeLimitUnit,
    DeliveryMethod DeliveryMethod,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateOnly? DueDate,
    DateTimeOffset? DueAt,
    IReadOnlyList<FormPaper> Papers,
    IReadOnlyList<string> FileNames,
    string OfficerName,
    DateTimeOffset IssuedAt,
    IReadOnlyList<string> MissingItems,
    string? Note);

internal sealed class GetDossierFormHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<GetDossierForm, DossierFormView>
{
    public async ValueTask<DossierFormView> Handle(GetDossierForm query, CancellationToken cancellationToken)
    {
        if (query.Form is < (int)LegalForm.Receipt or > (int)LegalForm.Refusal)
        {
            throw new NotFoundException("Không có mẫu phiếu này.");
        }

        var form = (LegalForm)query.Form;
        var dossier = await db.Dossiers.AsNoTracking()
            .Include(d => d.Transitions)
            .Include(d => d.SupplementRequests)
            .Include(d => d.ReceivedPapers)
            .Include(d => d.Files)
            .SingleVisibleAsync(user, query.Code, cancellationToken);

        var issuing = IssuingStep(dossier, form) ?? throw new NotFoundException("Hồ sơ chưa có phiếu này.");
        var procedureName = await db.Procedures.AsNoTracking()
            .Where(p => p.Id == dossier.ProcedureId)
            .Select(p => p.Name)
            .SingleAsync(cancellationToken);
        var agency = await db.Units.AsNoTracking()
            .Where(u => u.Id == dossier.ReceivingUnitId)
            .Select(u => new FormAgency(u.Name, u.Parent == null ? null : u.Parent.Name, u.Address))
            .SingleAsync(cancellationToken);

        audit.Record("dossier.print", dossier.Code, $"Mẫu {query.Form:00}");
        await db.SaveChangesAsync(cancellationToken);
        return Compose(dossier, form, issuing, procedureName, agency);
    }

    /// <summary>The slip is issued by the step that produced it: the latest transition recorded with this form.</summary>
    internal static DossierTransition? IssuingStep(Dossier dossier, LegalForm form) =>
        dossier.Transitions.Where(t => t.Form == form).OrderBy(t => t.At).ThenBy(t => t.Id).LastOrDefault();

    /// <summary>The form's data from a dossier loaded with its transitions, supplement requests, papers and files.</summary>
    internal static DossierFormView Compose(
        Dossier dossier, LegalForm form, DossierTransition issuing, string procedureName, FormAgency agency)
    {
        var request = form == LegalForm.SupplementRequest
            ? dossier.SupplementRequests.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id).LastOrDefault()
            : null;
        return new DossierFormView(
            form,
            dossier.Code,
            agency,
            dossier.Applicant,
            procedureName,
            dossier.TimeLimit,
            dossier.TimeLimitUnit,
            dossier.DeliveryMethod,
            dossier.SubmittedAt,
            dossier.ReceivedAt,
            dossier.DueDate,
            dossier.DueAt,
            [.. dossier.ReceivedPapers.OrderBy(p => p.Id).Select(p => new FormPaper(p.Name, p.IsOriginal, p.Sets))],
            [.. dossier.Files.OrderBy(f => f.UploadedAt).Select(f => f.OriginalName)],
            issuing.ActorName,
            issuing.At,
            request is null ? [] : request.MissingItems.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            issuing.Note);
    }
}
