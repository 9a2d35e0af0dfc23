using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// Processing between units (xử lý liên thông) and its control sheet (Form 06). The sheet starts at the first
/// hand-off: a dossier handled start to finish by the unit that received it has no hand-off to control. The first
/// hand-off writes row 1 for the receiving unit's own stage (from acceptance, due by its share of the time limit),
/// closes it, and opens the row of the unit it goes to. Later hand-offs close the open row and open the next; the
/// result closes the last one. Each row is classified early / on time / late against its own due date, which is
/// the stage's share counted in working time from when the stage started and moved by pauses like the dossier's.
/// </summary>
public sealed partial class Dossier
{
    public List<ControlSheetEntry> ControlSheet { get; private set; } = [];

    /// <summary>The row of the stage in progress, if the dossier has been handed between units.</summary>
    public ControlSheetEntry? OpenControlRow => ControlSheet.Where(r => r.IsOpen).MaxBy(r => r.Sequence);

    /// <summary>Hands the dossier in processing to another unit; the receiving unit's officers take it from there.</summary>
    public void HandOff(ProcessingPlan plan, Unit toUnit, Actor actor, DateTimeOffset at, WorkingCalendar calendar, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(toUnit);
        if (Status != DossierStatus.InProcessing)
        {
            throw new DomainException(
                $"Chỉ chuyển xử lý liên thông được hồ sơ đang xử lý; hồ sơ đang ở trạng thái “{Status.Vietnamese()}”.");
        }

        if (toUnit.Id == CurrentUnitId)
        {
            throw new DomainException("Hồ sơ đang do chính đơn vị này xử lý; hãy chọn đơn vị khác để chuyển.");
        }

        if (!toUnit.IsActiveOn(VietnamTime.LocalDate(at)))
        {
            throw new DomainException($"{toUnit.Name} đã ngừng hoạt động, không thể chuyển hồ sơ đến đơn vị này.");
        }

        var latest = Transitions.Count > 0 ? Transitions.Max(t => t.At) : (DateTimeOffset?)null;
        if (at < latest || ControlSheet.Any(r => at < r.HandedOverAt))
        {
            throw new DomainException("Thời điểm ghi nhận không được trước bước xử lý liền trước của hồ sơ.");
        }

        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (ControlSheet.Count == 0)
        {
            OpenReceivingStage(plan, calendar);
        }

        CloseOpenRow(at, actor, classify: true);
        var stage = plan.StageAt(ControlSheet.Count);
        var row = new ControlSheetEntry
        {
            Sequence = ControlSheet.Count + 1,
            StepOrder = stage?.FirstStepOrder,
            StepName = stage?.Name ?? "Xử lý hồ sơ liên thông",
            FromUnitId = CurrentUnitId,
            HandedOverById = actor.UserId,
            HandedOverBy = actor.Name,
            ToUnitId = toUnit.Id,
            HandedOverAt = at,
            Allotment = stage?.Allotment,
            Note = cleanNote,
        };
        SetRowDeadline(row, calendar);
        ControlSheet.Add(row);

        Transitions.Add(new DossierTransition
        {
            From = Status,
            To = Status,
            At = at,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Note = $"Chuyển xử lý liên thông đến {toUnit.Name}",
            Form = LegalForm.ControlSheet,
        });
        CurrentUnitId = toUnit.Id;
        HandedToUnitId = toUnit.Id == ReceivingUnitId ? null : toUnit.Id;
        AssigneeId = null;
        Version++;
    }

    /// <summary>Row 1: the receiving unit's stage, from acceptance, handed over by the one-stop section.</summary>
    private void OpenReceivingStage(ProcessingPlan plan, WorkingCalendar calendar)
    {
        var receivedAt = ReceivedAt ?? throw new DomainException("Hồ sơ chưa được tiếp nhận.");
        var acceptance = Transitions.Where(t => t.To == DossierStatus.Accepted).MaxBy(t => t.At);
        var stage = plan.StageAt(0);
        var row = new ControlSheetEntry
        {
            Sequence = 1,
            StepOrder = stage?.FirstStepOrder,
            StepName = stage?.Name ?? "Tiếp nhận, xử lý hồ sơ",
            FromUnitId = ReceivingUnitId,
            HandedOverById = acceptance?.ActorId,
            HandedOverBy = acceptance?.ActorName ?? "Bộ phận Một cửa",
            ToUnitId = CurrentUnitId,
            HandedOverAt = receivedAt,
            Allotment = stage?.Allotment,
        };
        SetRowDeadline(row, calendar);
        ControlSheet.Add(row);
    }

    /// <summary>Called by every change of status: the result closes the open row, an ending without one closes it unclassified.</summary>
    private void OnStatusMovedForControlSheet(DossierStatus to, DateTimeOffset at, Actor actor)
    {
        if (to == DossierStatus.Resolved)
        {
            CloseOpenRow(at, actor, classify: true);
        }
        else if (DossierWorkflow.IsTerminal(to))
        {
            CloseOpenRow(at, actor, classify: false, note: to.Vietnamese());
        }
    }

    /// <summary>After a pause closes: the open stage's due date moves by the paused working time, like the dossier's.</summary>
    private void RefreshControlSheetDeadline(WorkingCalendar calendar)
    {
        if (OpenControlRow is { } row)
        {
            SetRowDeadline(row, calendar);
        }
    }

    private void CloseOpenRow(DateTimeOffset at, Actor actor, bool classify, string? note = null)
    {
        if (OpenControlRow is not { } row)
        {
            return;
        }

        row.CompletedAt = at;
        row.CompletedBy = actor.Name;
        row.Outcome = !classify ? null
            : row.DueAt is { } dueAt ? TimelinessRules.Classify(dueAt, at)
            : TimelinessRules.Classify(row.DueDate, at);
        if (note is not null)
        {
            row.Note = row.Note is null ? note : $"{row.Note}; {note}";
        }
    }

    private void SetRowDeadline(ControlSheetEntry row, WorkingCalendar calendar)
    {
        if (row.Allotment is not { } allotment)
        {
            // Outside the procedure's steps the stage has no share of its own: it is due with the dossier.
            row.DueDate = ExtendedDueDate ?? DueDate ?? VietnamTime.LocalDate(row.HandedOverAt);
            row.DueAt = DueAt;
            return;
        }

        var unit = TimeLimitUnit == TimeLimitUnit.WorkingHours ? ProcessingUnit.WorkingHours : ProcessingUnit.WorkingDays;
        var deadline = DeadlineCalculator.Compute(
            calendar,
            row.HandedOverAt,
            new ProcessingTime(allotment, unit),
            cutoff: row.Sequence == 1 ? CutoffTime : null,
            pauses: Pauses
                .Where(p => p.EndedAt is null || p.EndedAt > row.HandedOverAt)
                .Select(p => new Pause(p.StartedAt > row.HandedOverAt ? p.StartedAt : row.HandedOverAt, p.EndedAt, p.Reason)));
        row.DueDate = deadline.DueDate;
        row.DueAt = deadline.DueAt;
    }
}
