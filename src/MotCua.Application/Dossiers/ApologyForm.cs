using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dossiers;

/// <summary>
/// Form 04 (Phiếu xin lỗi và hẹn lại ngày trả kết quả) of one apology of the dossier: the <paramref name="Number"/>-th,
/// counted from 1 in the order they were given, or the latest when null. Shows the appointment it replaced (the
/// previous apology's, or the due date moved only by pauses), the reason for the delay and the new appointment.
/// </summary>
public sealed record GetApologyForm(string Code, int? Number = null) : IQuery<ApologyFormView>;

/// <param name="Number">Which apology of the dossier this is (1 = the first).</param>
/// <param name="Count">How many apologies the dossier has.</param>
public sealed record ApologyFormView(
    DossierFormView Form, DateOnly? LegalDueDate, DateOnly? OriginalAppointment, DateOnly NewAppointment, string Reason,
    int Number = 1, int Count = 1);

internal sealed class GetApologyFormHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<GetApologyForm, ApologyFormView>
{
    public async ValueTask<ApologyFormView> Handle(GetApologyForm query, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking()
            .Include(d => d.Extensions)
            .SingleVisibleAsync(user, query.Code, cancellationToken);
        var extensions = dossier.Extensions.OrderBy(e => e.GrantedAt).ThenBy(e => e.Id).ToList();
        var number = query.Number ?? extensions.Count;
        if (number < 1 || number > extensions.Count)
        {
            throw new NotFoundException("Hồ sơ chưa có phiếu này.");
        }

        var apology = extensions[number - 1];

        // The appointment being replaced: the previous apology's, or the due date on the receipt.
        var original = number > 1 ? extensions[number - 2].NewDueDate : dossier.DueDate;
        var form = await FormBasics.LoadAsync(
            db, dossier, LegalForm.Apology, apology.GrantedBy, apology.GrantedAt, apology.Reason, cancellationToken);

        audit.Record("dossier.print", dossier.Code, extensions.Count > 1 ? $"Mẫu 04 (lần {number})" : "Mẫu 04");
        await db.SaveChangesAsync(cancellationToken);
        return new ApologyFormView(form, dossier.LegalDueDate, original, apology.NewDueDate, apology.Reason, number, extensions.Count);
    }
}
