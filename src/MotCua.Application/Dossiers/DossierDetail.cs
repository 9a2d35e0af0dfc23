using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Processing;
using MotCua.Application.Reception;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dossiers;

/// <summary>
/// The dossier page of an officer of its unit: applicant (personal data), papers and files, due date with its
/// explanation, apologies (Form 04, oldest first), history, and the actions allowed now. Every view is audited, because it shows personal data.
/// </summary>
public sealed record GetDossierDetail(string Code) : IQuery<DossierDetailView>;

public sealed record DossierDetailView(
    string Code,
    DossierStatus Status,
    int Version,
    Channel Channel,
    DeliveryMethod DeliveryMethod,
    string ProcedureCode,
    string ProcedureName,
    string UnitName,
    Applicant Applicant,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateOnly? LegalDueDate,
    DateOnly? DueDate,
    DateTimeOffset? DueAt,
    DateOnly? ExtendedDueDate,
    IReadOnlyList<ExplanationEntry> Explanation,
    int SupplementRequestCount,
    IReadOnlyList<ReceivedPaper> ReceivedPapers,
    IReadOnlyList<DossierFile> Files,
    IReadOnlyList<DossierTransition> History,
    IReadOnlyList<SupplementRequest> SupplementRequests,
    DossierActions Actions,
    ProcessingActions Processing,
    bool AssignedToMe,
    IReadOnlyList<DossierExtension>? Apologies = null);

internal sealed class GetDossierDetailHandler(
    IAppDbContext db, ICurrentUser user, IAuditLog audit, IWorkingCalendarProvider calendars)
    : IQueryHandler<GetDossierDetail, DossierDetailView>
{
    public async ValueTask<DossierDetailView> Handle(GetDossierDetail query, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().WithLedgers()
            .Include(d => d.ReceivedPapers)
            .Include(d => d.Files)
            .SingleVisibleAsync(user, query.Code, cancellationToken);
        var procedure = await db.Procedures.AsNoTracking()
            .Where(p => p.Id == dossier.ProcedureId)
            .Select(p => new { p.Code, p.Name })
            .SingleAsync(cancellationToken);
        var unitName = await db.Units.Where(u => u.Id == dossier.CurrentUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var explanation = dossier.ReceivedAt is null
            ? []
            : dossier.Deadline(await calendars.GetAsync(cancellationToken)).Explanation;

        // A query that writes: the view of personal data is itself the event to keep.
        audit.Record("dossier.view", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);

        return new DossierDetailView(
            dossier.Code,
            dossier.Status,
            dossier.Version,
            dossier.Channel,
            dossier.DeliveryMethod,
            procedure.Code,
            procedure.Name,
            unitName,
            dossier.Applicant,
            dossier.SubmittedAt,
            dossier.ReceivedAt,
            dossier.LegalDueDate,
            dossier.DueDate,
            dossier.DueAt,
            dossier.ExtendedDueDate,
            explanation,
            dossier.SupplementRequestCount,
            [.. dossier.ReceivedPapers.OrderBy(p => p.Id)],
            [.. dossier.Files.OrderBy(f => f.UploadedAt)],
            [.. dossier.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id)],
            [.. dossier.SupplementRequests.OrderBy(s => s.RequestedAt)],
            DossierActions.For(dossier.Status, user),
            ProcessingActions.For(dossier.Status, dossier.AssigneeId, user, HandoffRules.Holds(dossier, user)),
            dossier.AssigneeId is not null && dossier.AssigneeId == user.UserId,
            [.. dossier.Extensions.OrderBy(e => e.GrantedAt).ThenBy(e => e.Id)]);
    }
}
