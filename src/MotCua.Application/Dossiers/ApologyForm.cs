using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dossiers;

/// <summary>
/// Form 04 (Phiếu xin lỗi và hẹn lại ngày trả kết quả) of the latest apology: the original appointment (legal due
/// date, moved only by pauses), the reason for the delay and the new appointment.
/// </summary>
public sealed record GetApologyForm(string Code) : IQuery<ApologyFormView>;

public sealed record ApologyFormView(
    DossierFormView Form, DateOnly? LegalDueDate, DateOnly? OriginalAppointment, DateOnly NewAppointment, string Reason);

internal sealed class GetApologyFormHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<GetApologyForm, ApologyFormView>
{
    public async ValueTask<ApologyFormView> Handle(GetApologyForm query, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking()
            .Include(d => d.Extensions)
            .SingleVisibleAsync(user, query.Code, cancellationToken);
        var extensions = dossier.Extensions.OrderBy(e => e.GrantedAt).ThenBy(e => e.Id).ToList();
        var latest = extensions.LastOrDefault() ?? throw new NotFoundException("Hồ sơ chưa có phiếu này.");

        // The appointment being replaced: the previous apology's, or the due date on the receipt.
        var original = extensions.Count > 1 ? extensions[^2].NewDueDate : dossier.DueDate;
        var form = await FormBasics.LoadAsync(
            db, dossier, LegalForm.Apology, latest.GrantedBy, latest.GrantedAt, latest.Reason, cancellationToken);

        audit.Record("dossier.print", dossier.Code, "Mẫu 04");
        await db.SaveChangesAsync(cancellationToken);
        return new ApologyFormView(form, dossier.LegalDueDate, original, latest.NewDueDate, latest.Reason);
    }
}
