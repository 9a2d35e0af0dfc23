using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dossiers;

/// <summary>
/// Several receipts (Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả) printed at once from the work list. Each code
/// is judged on its own: a dossier the officer may not see is skipped as "not found", exactly like a code that does
/// not exist, and a dossier without a receipt (not yet accepted, or refused) is skipped with the reason. Each receipt
/// printed is audited like a single print.
/// </summary>
/// <param name="Selected">The dossier codes in the order they were ticked.</param>
public sealed record GetReceiptBatch(IReadOnlyList<string> Selected) : IQuery<ReceiptBatch>;

public sealed record ReceiptSkip(string Code, string Reason);

public sealed record ReceiptBatch(IReadOnlyList<DossierFormView> Receipts, IReadOnlyList<ReceiptSkip> Skipped);

public sealed class GetReceiptBatchValidator : AbstractValidator<GetReceiptBatch>
{
    /// <summary>One print job stays a size a counter printer and a browser handle comfortably.</summary>
    public const int MaxReceipts = 50;

    public GetReceiptBatchValidator() =>
        RuleFor(q => q.Selected)
            .Must(s => s.Any(c => !string.IsNullOrWhiteSpace(c))).WithMessage("Chọn ít nhất một hồ sơ để in giấy tiếp nhận.")
            .Must(s => s.Distinct().Count() <= MaxReceipts)
            .WithMessage($"Mỗi lần in tối đa {MaxReceipts} giấy tiếp nhận; vui lòng chọn ít hồ sơ hơn.");
}

internal sealed class GetReceiptBatchHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<GetReceiptBatch, ReceiptBatch>
{
    public async ValueTask<ReceiptBatch> Handle(GetReceiptBatch query, CancellationToken cancellationToken)
    {
        var codes = query.Selected.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
        var dossiers = await db.Dossiers.AsNoTracking()
            .Include(d => d.Transitions)
            .Include(d => d.SupplementRequests)
            .Include(d => d.ReceivedPapers)
            .Include(d => d.Files)
            .VisibleTo(user)
            .AsSplitQuery()
            .Where(d => codes.Contains(d.Code))
            .ToDictionaryAsync(d => d.Code, cancellationToken);
        var procedureIds = dossiers.Values.Select(d => d.ProcedureId).Distinct().ToList();
        var procedures = await db.Procedures.AsNoTracking()
            .Where(p => procedureIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var unitIds = dossiers.Values.Select(d => d.ReceivingUnitId).Distinct().ToList();
        var agencies = await db.Units.AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, Agency = new FormAgency(u.Name, u.Parent == null ? null : u.Parent.Name, u.Address) })
            .ToDictionaryAsync(u => u.Id, u => u.Agency, cancellationToken);

        var receipts = new List<DossierFormView>();
        var skipped = new List<ReceiptSkip>();
        foreach (var code in codes)
        {
            if (!dossiers.TryGetValue(code, out var dossier))
            {
                skipped.Add(new(code, "Không tìm thấy hồ sơ."));
            }
            else if (GetDossierFormHandler.IssuingStep(dossier, LegalForm.Receipt) is not { } issuing)
            {
                skipped.Add(new(code, dossier.Status == DossierStatus.Submitted
                    ? "Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận."
                    : $"Hồ sơ không có giấy tiếp nhận (trạng thái “{dossier.Status.Vietnamese()}”)."));
            }
            else
            {
                receipts.Add(GetDossierFormHandler.Compose(
                    dossier, LegalForm.Receipt, issuing, procedures[dossier.ProcedureId], agencies[dossier.ReceivingUnitId]));
                audit.Record("dossier.print", dossier.Code, "Mẫu 01, in nhiều hồ sơ");
            }
        }

        if (receipts.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ReceiptBatch(receipts, skipped);
    }
}
