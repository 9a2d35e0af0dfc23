using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Reporting;

/// <summary>
/// How many dossiers of one receiving unit are pending (accepted, still being handled: hồ sơ đang giải quyết) with
/// one due date. Kept exact in the same transaction as every change of a dossier's status or due date, so the
/// "pending now" figures (within time = due today or later, overdue = due before today) are a sum over a few rows
/// instead of a count over the dossier table.
/// </summary>
public sealed class PendingByDueDay
{
    public int UnitId { get; set; }

    public DateOnly DueDate { get; set; }

    public int Count { get; set; }

    /// <summary>
    /// The counter a dossier in this state belongs to, or null when it counts nowhere: not pending, or not accepted
    /// yet (a supplement asked for before acceptance has no due date and is not pending).
    /// </summary>
    public static (int UnitId, DateOnly DueDate)? KeyOf(DossierStatus status, DateOnly? dueDate, int receivingUnitId) =>
        DossierWorkflow.IsPending(status) && dueDate is { } due ? (receivingUnitId, due) : null;
}
