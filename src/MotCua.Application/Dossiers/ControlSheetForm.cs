using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Processing;

namespace MotCua.Application.Dossiers;

/// <summary>
/// Form 06 of Circular 03/2025/TT-VPCP, the processing control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ):
/// the dossier's receipt and due date, then one row per hand-off with its own due date and outcome. Printing is
/// audited like the other forms.
/// </summary>
public sealed record GetControlSheetForm(string Code) : IQuery<ControlSheetFormView>;

public sealed record ControlSheetFormView(
    string Code,
    FormAgency Agency,
    string ApplicantName,
    string ProcedureName,
    string HoldingUnitName,
    DateTimeOffset ReceivedAt,
    DateOnly? DueDate,
    DateTimeOffset? DueAt,
    DateTimeOffset IssuedAt,
    IReadOnlyList<ControlRowView> Rows);

internal sealed class GetControlSheetFormHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : IQueryHandler<GetControlSheetForm, ControlSheetFormView>
{
    public async ValueTask<ControlSheetFormView> Handle(GetControlSheetForm query, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.ControlSheet)
            .SingleVisibleAsync(user, query.Code, cancellationToken);
        var receivedAt = dossier.ReceivedAt ?? throw new NotFoundException("Hồ sơ chưa được tiếp nhận nên chưa có phiếu kiểm soát.");
        var procedure = await db.Procedures.AsNoTracking()
            .Where(p => p.Id == dossier.ProcedureId).Select(p => p.Name).SingleAsync(cancellationToken);
        var agency = await db.Units.AsNoTracking()
            .Where(u => u.Id == dossier.ReceivingUnitId)
            .Select(u => new FormAgency(u.Name, u.Parent == null ? null : u.Parent.Name, u.Address))
            .SingleAsync(cancellationToken);
        var holding = await db.Units.AsNoTracking()
            .Where(u => u.Id == dossier.CurrentUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var rows = await ControlSheetRows.ViewAsync(db, dossier.ControlSheet, cancellationToken);

        audit.Record("dossier.print", dossier.Code, "Mẫu 06");
        await db.SaveChangesAsync(cancellationToken);

        return new ControlSheetFormView(
            dossier.Code, agency, dossier.Applicant.FullName, procedure, holding, receivedAt, dossier.DueDate, dossier.DueAt,
            clock.GetUtcNow(), rows);
    }
}
