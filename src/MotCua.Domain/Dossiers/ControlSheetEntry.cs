using MotCua.Domain.Calendar;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// One row of the processing control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ, Form 06 of Circular
/// 03/2025/TT-VPCP): a unit handed the dossier to another (or the one-stop section to its own unit), with the stage's
/// own deadline and, once the receiving unit hands it on or finishes, its outcome (early, on time, late).
/// </summary>
public sealed class ControlSheetEntry
{
    public long Id { get; set; }

    public long DossierId { get; set; }

    /// <summary>Row number on the sheet, from 1.</summary>
    public int Sequence { get; set; }

    /// <summary>The first procedure step of the stage; null for a hand-off outside the procedure's steps.</summary>
    public int? StepOrder { get; set; }

    public required string StepName { get; set; }

    /// <summary>Bên giao: the unit handing the dossier over.</summary>
    public int FromUnitId { get; set; }

    public string? HandedOverById { get; set; }

    public required string HandedOverBy { get; set; }

    /// <summary>Bên nhận: the unit that carries out the stage.</summary>
    public int ToUnitId { get; set; }

    public DateTimeOffset HandedOverAt { get; set; }

    /// <summary>The stage's share of the time limit (working days or hours); null outside the plan (due with the dossier).</summary>
    public int? Allotment { get; set; }

    /// <summary>The stage's due day, moved by pauses like the dossier's.</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>For hour-based procedures, the exact due instant.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>When the receiving unit handed the dossier on, resolved it or it ended otherwise.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The officer of the receiving unit who completed the stage (người nhận, signs the row).</summary>
    public string? CompletedBy { get; set; }

    /// <summary>Set when the stage is completed by a hand-off or a result; null if processing ended otherwise.</summary>
    public Timeliness? Outcome { get; set; }

    public string? Note { get; set; }

    public bool IsOpen => CompletedAt is null;
}
