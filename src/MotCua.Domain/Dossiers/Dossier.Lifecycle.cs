using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Procedures;

namespace MotCua.Domain.Dossiers;

/// <summary>The time limit a dossier was accepted under, copied from its procedure so later edits do not move it.</summary>
public sealed record DeadlineTerms(int Amount, TimeLimitUnit Unit, TimeOnly? Cutoff)
{
    public static DeadlineTerms Of(Procedure procedure) => new(procedure.TimeLimit, procedure.TimeLimitUnit, procedure.CutoffTime);

    public ProcessingTime ToProcessingTime() => new(
        Amount, Unit == TimeLimitUnit.WorkingHours ? ProcessingUnit.WorkingHours : ProcessingUnit.WorkingDays);
}

public sealed partial class Dossier
{
    public int TimeLimit { get; private set; }

    public TimeLimitUnit TimeLimitUnit { get; private set; }

    public TimeOnly? CutoffTime { get; private set; }

    /// <summary>Early / on time / late, set when the result is ready (status 9).</summary>
    public Timeliness? Outcome { get; private set; }

    /// <summary>
    /// Counted as late in the index: finished after the due date, or asked for a supplement more than once
    /// (an incomplete dossier must be explained once, listing everything missing).
    /// </summary>
    public bool CountsAsLate => Outcome == Timeliness.Late || SupplementRequestCount > 1;

    /// <summary>A new dossier: online (status 1, waiting for a check) or handed in at the counter.</summary>
    public static Dossier Create(
        string code, string trackingKeyHash, Procedure procedure, int unitId, Channel channel,
        DeliveryMethod delivery, Applicant applicant, DateTimeOffset at, Actor actor)
    {
        var dossier = new Dossier
        {
            Code = code,
            TrackingKeyHash = trackingKeyHash,
            ProcedureId = procedure.Id,
            ReceivingUnitId = unitId,
            CurrentUnitId = unitId,
            Channel = channel,
            DeliveryMethod = delivery,
            Applicant = applicant,
            SubmittedAt = at,
        };
        dossier.SetTerms(DeadlineTerms.Of(procedure));
        dossier.Transitions.Add(new DossierTransition
        {
            To = DossierStatus.Submitted,
            At = at,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Note = channel == Channel.Online ? "Nộp hồ sơ trực tuyến" : $"Nộp hồ sơ: {channel.Vietnamese()}",
        });
        dossier.Raise(null, DossierStatus.Submitted, at);
        return dossier;
    }

    /// <summary>Accept: the clock starts and the receipt with the appointment date (Form 01) is issued.</summary>
    public void Accept(DateTimeOffset at, Actor actor, WorkingCalendar calendar)
    {
        Move(DossierStatus.Accepted, at, actor, "Tiếp nhận hồ sơ", LegalForm.Receipt);
        ReceivedAt = at;
        var deadline = Deadline(calendar);
        EffectiveFrom = deadline.EffectiveFrom;
        LegalDueDate = deadline.LegalDueDate;
        ApplyDeadline(deadline);
    }

    /// <summary>
    /// Only from "accepted": a paused dossier resumes through <see cref="AnswerSupplement"/> or
    /// <see cref="FulfilFinancialObligation"/>, which close the pause and move the due date.
    /// </summary>
    public void StartProcessing(DateTimeOffset at, Actor actor, string? note = null)
    {
        EnsureStatus(DossierStatus.Accepted, DossierStatus.InProcessing);
        Move(DossierStatus.InProcessing, at, actor, note ?? "Bắt đầu xử lý");
    }

    /// <summary>Form 02. Everything missing must be listed at once; a second request counts the dossier late.</summary>
    public void RequestSupplement(DateTimeOffset at, Actor actor, IReadOnlyCollection<string> missingItems)
    {
        var items = missingItems.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();
        if (items.Count == 0)
        {
            throw new DomainException("Phải liệt kê đầy đủ các thành phần hồ sơ cần bổ sung, hoàn thiện.");
        }

        Move(DossierStatus.SupplementRequested, at, actor, string.Join("; ", items), LegalForm.SupplementRequest);
        SupplementRequestCount++;
        Annotate(e => e with { SupplementNumber = SupplementRequestCount });
        SupplementRequests.Add(new SupplementRequest
        {
            RequestedAt = at,
            RequestedBy = actor.Name,
            MissingItems = string.Join('\n', items),
        });

        // Before acceptance no clock runs, so there is nothing to pause.
        if (ReceivedAt is not null)
        {
            Pauses.Add(new DossierPause { Kind = PauseKind.Supplement, StartedAt = at, Reason = "Chờ bổ sung hồ sơ" });
        }
    }

    /// <summary>The applicant hands in what was missing: back to the officer, and the clock resumes.</summary>
    public void AnswerSupplement(DateTimeOffset at, string? note, WorkingCalendar calendar)
    {
        var target = ReceivedAt is null ? DossierStatus.Submitted : DossierStatus.InProcessing;
        EnsureStatus(DossierStatus.SupplementRequested, target);
        Move(target, at, Actor.Applicant, note ?? "Công dân đã bổ sung hồ sơ");
        var request = SupplementRequests.LastOrDefault(r => r.AnsweredAt is null);
        if (request is not null)
        {
            request.AnsweredAt = at;
            request.AnswerNote = note;
        }

        ClosePause(at, calendar);
    }

    public void RequestFinancialObligation(DateTimeOffset at, Actor actor, string note)
    {
        Move(DossierStatus.FinancialObligation, at, actor, Require(note, "Phải ghi rõ nghĩa vụ tài chính cần thực hiện."));
        Pauses.Add(new DossierPause { Kind = PauseKind.FinancialObligation, StartedAt = at, Reason = "Chờ thực hiện nghĩa vụ tài chính" });
    }

    public void FulfilFinancialObligation(DateTimeOffset at, Actor actor, WorkingCalendar calendar)
    {
        EnsureStatus(DossierStatus.FinancialObligation, DossierStatus.InProcessing);
        Move(DossierStatus.InProcessing, at, actor, "Đã hoàn thành nghĩa vụ tài chính");
        ClosePause(at, calendar);
    }

    /// <summary>Form 03: refusal with a written reason.</summary>
    public void Refuse(DateTimeOffset at, Actor actor, string reason)
    {
        Move(DossierStatus.Refused, at, actor, Require(reason, "Phải ghi rõ lý do từ chối tiếp nhận."), LegalForm.Refusal);
        CompletedAt = at;
        ClosePauseQuietly(at);
    }

    public void Withdraw(DateTimeOffset at, Actor actor, string? note)
    {
        Move(DossierStatus.Withdrawn, at, actor, note ?? "Công dân yêu cầu rút hồ sơ");
        CompletedAt = at;
        ClosePauseQuietly(at);
    }

    /// <summary>Form 05: stop processing, with a reason.</summary>
    public void Stop(DateTimeOffset at, Actor actor, string reason)
    {
        Move(DossierStatus.Stopped, at, actor, Require(reason, "Phải ghi rõ lý do dừng xử lý."), LegalForm.StopProcessing);
        CompletedAt = at;
        ClosePauseQuietly(at);
    }

    /// <summary>
    /// The result is ready: classified early / on time / late against the pause-adjusted due date. With the
    /// <paramref name="calendar"/>, the working days taken are counted for the processing-time figures.
    /// </summary>
    public void Resolve(DateTimeOffset at, Actor actor, string? note = null, WorkingCalendar? calendar = null)
    {
        Move(DossierStatus.Resolved, at, actor, note ?? "Đã có kết quả giải quyết");
        if (calendar is not null && EffectiveFrom is { } from)
        {
            Annotate(e => e with { WorkingDays = ProcessingWorkingDays(calendar, from, at) });
        }

        CompletedAt = at;
        Outcome = DueAt is { } dueAt
            ? TimelinessRules.Classify(dueAt, at)
            : TimelinessRules.Classify(DueDate ?? throw new DomainException("Hồ sơ chưa được tiếp nhận."), at);
    }

    public void ReturnResult(DateTimeOffset at, Actor actor, string receivedBy)
    {
        Move(DossierStatus.Returned, at, actor, $"Trả kết quả cho: {Require(receivedBy, "Phải ghi tên người nhận kết quả.")}");
        ReturnedAt = at;
        ReturnedTo = receivedBy.Trim();
    }

    /// <summary>Form 04: apology with a new appointment. The legal due date is kept; the extension is recorded.</summary>
    public void GrantExtension(DateTimeOffset at, Actor actor, DateOnly newDueDate, string reason)
    {
        if (!DossierWorkflow.IsPending(Status) || DueDate is null)
        {
            throw new DomainException("Chỉ gia hạn được hồ sơ đang giải quyết.");
        }

        if (newDueDate <= (ExtendedDueDate ?? DueDate.Value))
        {
            throw new DomainException("Ngày hẹn mới phải sau ngày hẹn hiện tại.");
        }

        Extensions.Add(new DossierExtension
        {
            NewDueDate = newDueDate,
            Reason = Require(reason, "Phải ghi rõ lý do xin lỗi và hẹn lại."),
            GrantedAt = at,
            GrantedBy = actor.Name,
        });
        ExtendedDueDate = newDueDate;
        AppointmentDate = newDueDate;
        Version++;
    }

    /// <summary>The due date with everything that moved it: weekends, holidays, pauses, extensions.</summary>
    public DeadlineResult Deadline(WorkingCalendar calendar) => Deadline(
        calendar,
        ReceivedAt ?? throw new DomainException("Hồ sơ chưa được tiếp nhận nên chưa có hạn giải quyết."),
        new DeadlineTerms(TimeLimit, TimeLimitUnit, CutoffTime),
        Pauses.Select(p => new Pause(p.StartedAt, p.EndedAt, p.Reason)),
        Extensions.Select(e => new Extension(e.NewDueDate, e.Reason, e.GrantedAt)));

    /// <summary>The same for a dossier read as values (a query's projection) rather than as an entity.</summary>
    public static DeadlineResult Deadline(
        WorkingCalendar calendar, DateTimeOffset receivedAt, DeadlineTerms terms, IEnumerable<Pause> pauses, IEnumerable<Extension> extensions) =>
        DeadlineCalculator.Compute(calendar, receivedAt, terms.ToProcessingTime(), terms.Cutoff, pauses: pauses, extensions: extensions);

    /// <summary>
    /// Pending dossiers are within time or overdue as of now. While paused (status 5 or 6) the clock stands still,
    /// so the state is the one at the start of the open pause. Hour-based dossiers are judged against the due instant.
    /// </summary>
    public PendingTimeliness? PendingState(DateTimeOffset now)
    {
        if (!DossierWorkflow.IsPending(Status) || DueDate is not { } due)
        {
            return null;
        }

        var asOf = DossierWorkflow.IsPaused(Status) && Pauses.LastOrDefault(p => p.EndedAt is null) is { } open
            ? open.StartedAt
            : now;
        if (DueAt is { } dueAt)
        {
            return asOf <= dueAt ? PendingTimeliness.WithinTime : PendingTimeliness.Overdue;
        }

        return TimelinessRules.ClassifyPending(due, asOf);
    }

    /// <summary>A method that resumes or starts work only applies from its own status, whatever the table allows.</summary>
    private void EnsureStatus(DossierStatus required, DossierStatus to)
    {
        if (Status != required)
        {
            throw new DomainException(
                $"Không thể chuyển hồ sơ từ trạng thái “{Status.Vietnamese()}” sang “{to.Vietnamese()}”.");
        }
    }

    private void SetTerms(DeadlineTerms terms)
    {
        TimeLimit = terms.Amount;
        TimeLimitUnit = terms.Unit;
        CutoffTime = terms.Cutoff;
    }

    private void ClosePause(DateTimeOffset at, WorkingCalendar calendar)
    {
        if (!ClosePauseQuietly(at) || ReceivedAt is null)
        {
            return;
        }

        ApplyDeadline(Deadline(calendar));
        RefreshControlSheetDeadline(calendar);
    }

    private bool ClosePauseQuietly(DateTimeOffset at)
    {
        var open = Pauses.LastOrDefault(p => p.EndedAt is null);
        if (open is null)
        {
            return false;
        }

        open.EndedAt = at;
        return true;
    }

    private void ApplyDeadline(DeadlineResult deadline)
    {
        DueDate = deadline.DueDate;
        DueAt = deadline.DueAt;
        AppointmentDate = ExtendedDueDate ?? DueDate;
    }
}
