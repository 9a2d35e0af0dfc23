using MotCua.Domain.Common;
using MotCua.Domain.Units;

namespace MotCua.Domain.Procedures;

/// <summary>How much of a procedure can be done online (Decree 42/2022).</summary>
public enum OnlineLevel
{
    /// <summary>Chỉ tiếp nhận trực tiếp.</summary>
    CounterOnly = 0,

    /// <summary>Dịch vụ công trực tuyến một phần.</summary>
    Partial = 1,

    /// <summary>Dịch vụ công trực tuyến toàn trình.</summary>
    Full = 2,
}

/// <summary>Whether the time limit counts working days or working hours.</summary>
public enum TimeLimitUnit
{
    WorkingDays = 0,
    WorkingHours = 1,
}

/// <summary>An administrative procedure (thủ tục hành chính) from the published catalogue.</summary>
public sealed class Procedure
{
    private string _name = string.Empty;

    public int Id { get; set; }

    /// <summary>National-style code, e.g. "1.001193".</summary>
    public required string Code { get; set; }

    public required string Name
    {
        get => _name;
        set
        {
            _name = value;
            SearchName = TextFolding.Fold(value);
        }
    }

    /// <summary>The name folded for accent-insensitive search; indexed.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public int FieldId { get; set; }

    public Field? Field { get; set; }

    public UnitLevel ImplementingLevel { get; set; }

    public OnlineLevel OnlineLevel { get; set; }

    public int TimeLimit { get; set; }

    public TimeLimitUnit TimeLimitUnit { get; set; }

    /// <summary>Receipts after this local time count as received on the next working day; null: no cut-off.</summary>
    public TimeOnly? CutoffTime { get; set; }

    public decimal Fee { get; set; }

    public string? FeeDescription { get; set; }

    public required string Result { get; set; }

    public required string LegalBasis { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>How often citizens use it; orders the "most used" list.</summary>
    public int Popularity { get; set; }

    public List<ProcedurePaper> Papers { get; set; } = [];

    public List<ProcedureStep> Steps { get; set; } = [];

    public List<ProcedureUnit> ReceivingUnits { get; set; } = [];

    public bool IsOfferedOnline => OnlineLevel != OnlineLevel.CounterOnly;

    /// <summary>The steps share the whole time limit: their percentages add up to exactly 100.</summary>
    public static bool SharesAddUp(IEnumerable<int> shares) => shares.Sum() == ProcedureStep.WholeShare;
}

/// <summary>A paper the applicant hands in (thành phần hồ sơ).</summary>
public sealed class ProcedurePaper
{
    public int Id { get; set; }

    public int ProcedureId { get; set; }

    public int Order { get; set; }

    public required string Name { get; set; }

    /// <summary>True when the original is required (bản chính); false for a copy (bản sao).</summary>
    public bool OriginalRequired { get; set; }

    public int Sets { get; set; } = 1;

    public bool IsMandatory { get; set; } = true;

    /// <summary>File name of a downloadable form template (mẫu đơn, tờ khai), if any: the name the download is given.</summary>
    public string? TemplateFileName { get; set; }

    /// <summary>Name of the template in the file store (IFileStore); null when the paper has no template to download.</summary>
    public string? TemplateStoredName { get; set; }

    /// <summary>Content type of the stored template, detected from its signature at upload.</summary>
    public string? TemplateContentType { get; set; }
}

/// <summary>A processing step (bước xử lý) with its share of the time limit.</summary>
public sealed class ProcedureStep
{
    public const int WholeShare = 100;

    public int Id { get; set; }

    public int ProcedureId { get; set; }

    public int Order { get; set; }

    public required string Name { get; set; }

    /// <summary>The level that carries out the step; the dossier's unit when it matches, else its parent.</summary>
    public UnitLevel UnitLevel { get; set; }

    /// <summary>Role that carries out the step (TiepNhan, ChuyenVien, LanhDao).</summary>
    public required string Role { get; set; }

    /// <summary>Share of the procedure's time limit, in percent; the shares of a procedure add up to 100.</summary>
    public int SharePercent { get; set; }

    /// <summary>
    /// The unit that carries out the step when it is not the unit holding the dossier (a department step of a
    /// procedure received at a commune goes to that department: liên thông); null: the receiving unit.
    /// </summary>
    public int? HandlingUnitId { get; set; }

    public Unit? HandlingUnit { get; set; }
}

/// <summary>A unit allowed to receive a procedure.</summary>
public sealed class ProcedureUnit
{
    public int ProcedureId { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }
}
