using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dossiers;

/// <summary>Form 05 (Phiếu dừng xử lý hồ sơ), issued by the transition that stopped the dossier.</summary>
public sealed record GetStopForm(string Code) : IQuery<DossierFormView>;

internal sealed class GetStopFormHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<GetStopForm, DossierFormView>
{
    public async ValueTask<DossierFormView> Handle(GetStopForm query, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking()
            .Include(d => d.Transitions)
            .SingleVisibleAsync(user, query.Code, cancellationToken);
        var stop = dossier.Transitions.Where(t => t.Form == LegalForm.StopProcessing).OrderBy(t => t.At).LastOrDefault()
            ?? throw new NotFoundException("Hồ sơ chưa có phiếu này.");
        var form = await FormBasics.LoadAsync(
            db, dossier, LegalForm.StopProcessing, stop.ActorName, stop.At, stop.Note, cancellationToken);

        audit.Record("dossier.print", dossier.Code, "Mẫu 05");
        await db.SaveChangesAsync(cancellationToken);
        return form;
    }
}
