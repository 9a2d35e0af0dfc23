using MotCua.Domain.Common;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// A dossier (hồ sơ thủ tục hành chính). Every change of status goes through a method here, which checks the
/// transition table, records the transition and keeps the pause and extension ledgers that explain the due date.
/// </summary>
public sealed partial class Dossier
{
    public long Id { get; set; }

    /// <summary>Mã hồ sơ: &lt;unit code&gt;-&lt;YYMMDD&gt;-&lt;NNNN&gt;.</summary>
    public required string Code { get; set; }

    /// <summary>SHA-256 of the secret lookup key; the key itself is shown to the applicant once.</summary>
    public required string TrackingKeyHash { get; set; }

    public int ProcedureId { get; set; }

    public int ReceivingUnitId { get; set; }

    /// <summary>The unit holding the dossier now (changes on a hand-off between units).</summary>
    public int CurrentUnitId { get; private set; }

    /// <summary>
    /// The unit holding the dossier when it is not the receiving unit (handed over, liên thông); null while the
    /// receiving unit holds it. Kept beside <see cref="CurrentUnitId"/> so a unit's list of the dossiers handed to it
    /// reads a small index instead of every dossier the unit holds.
    /// </summary>
    public int? HandedToUnitId { get; private set; }

    /// <summary>The officer holding the dossier now, if assigned.</summary>
    public string? AssigneeId { get; set; }

    public Channel Channel { get; set; }

    public DeliveryMethod DeliveryMethod { get; set; }

    public DossierStatus Status { get; private set; } = DossierStatus.Submitted;

    public required Applicant Applicant { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>Ngày tiếp nhận: when the dossier was accepted and the clock started.</summary>
    public DateTimeOffset? ReceivedAt { get; private set; }

    public DateOnly? EffectiveFrom { get; private set; }

    /// <summary>Hạn giải quyết theo quy định, before pauses. Never overwritten by an extension.</summary>
    public DateOnly? LegalDueDate { get; private set; }

    /// <summary>The due date moved by paused working time; what on-time classification compares against.</summary>
    public DateOnly? DueDate { get; private set; }

    /// <summary>For hour-based procedures, the exact due instant.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>The new appointment of the latest apology slip (Form 04), if any.</summary>
    public DateOnly? ExtendedDueDate { get; private set; }

    /// <summary>
    /// Ngày hẹn trả kết quả in effect: the apology's new date if one was given, else the pause-adjusted due date
    /// (always <c>ExtendedDueDate ?? DueDate</c>). Stored so the work lists can order and filter by it from an index.
    /// </summary>
    public DateOnly? AppointmentDate { get; private set; }

    /// <summary>When processing finished (result ready, refused, stopped or withdrawn).</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public string? ReturnedTo { get; private set; }

    public int SupplementRequestCount { get; private set; }

    /// <summary>Concurrency token: bumped by every change so a second officer's stale write is refused.</summary>
    public int Version { get; private set; }

    public List<DossierTransition> Transitions { get; private set; } = [];

    public List<DossierPause> Pauses { get; private set; } = [];

    public List<DossierExtension> Extensions { get; private set; } = [];

    public List<SupplementRequest> SupplementRequests { get; private set; } = [];

    public List<ReceivedPaper> ReceivedPapers { get; private set; } = [];

    public List<DossierFile> Files { get; private set; } = [];

    public Rating? Rating { get; private set; }

    private void Move(DossierStatus to, DateTimeOffset at, Actor actor, string? note, LegalForm? form = null)
    {
        DossierWorkflow.EnsureCanMove(Status, to);
        // Compared with the latest recorded instant, whatever order the ledger was loaded in.
        if (Transitions.Count > 0 && at < Transitions.Max(t => t.At))
        {
            throw new DomainException("Thời điểm ghi nhận không được trước bước xử lý liền trước của hồ sơ.");
        }

        Transitions.Add(new DossierTransition
        {
            From = Status,
            To = to,
            At = at,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Note = note,
            Form = form,
        });
        Raise(Status, to, at);
        Status = to;
        OnStatusMovedForControlSheet(to, at, actor);
        Version++;
    }

    private static string Require(string? text, string message) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException(message) : text.Trim();
}
