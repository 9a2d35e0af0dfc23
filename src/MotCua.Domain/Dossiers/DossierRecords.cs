namespace MotCua.Domain.Dossiers;

/// <summary>The legal forms of Circular 03/2025/TT-VPCP.</summary>
public enum LegalForm
{
    /// <summary>Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</summary>
    Receipt = 1,

    /// <summary>Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
    SupplementRequest = 2,

    /// <summary>Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ.</summary>
    Refusal = 3,

    /// <summary>Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả.</summary>
    Apology = 4,

    /// <summary>Mẫu 05: Phiếu dừng xử lý hồ sơ.</summary>
    StopProcessing = 5,

    /// <summary>Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ.</summary>
    ControlSheet = 6,

    /// <summary>Mẫu 07: Sổ theo dõi hồ sơ.</summary>
    Register = 7,
}

/// <summary>One change of status, kept forever (nhật ký xử lý).</summary>
public sealed class DossierTransition
{
    public long Id { get; set; }

    public long DossierId { get; set; }

    public DossierStatus? From { get; set; }

    public DossierStatus To { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ActorId { get; set; }

    public required string ActorName { get; set; }

    public string? Note { get; set; }

    public LegalForm? Form { get; set; }
}

public enum PauseKind
{
    Supplement = 1,
    FinancialObligation = 2,
}

/// <summary>A period in which the clock does not run (status 5 or 6).</summary>
public sealed class DossierPause
{
    public long Id { get; set; }

    public long DossierId { get; set; }

    public PauseKind Kind { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public required string Reason { get; set; }
}

/// <summary>An extension with an apology slip (Form 04). The legal due date is kept.</summary>
public sealed class DossierExtension
{
    public long Id { get; set; }

    public long DossierId { get; set; }

    public DateOnly NewDueDate { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public required string GrantedBy { get; set; }
}

/// <summary>A supplement request (Form 02) listing everything missing at once.</summary>
public sealed class SupplementRequest
{
    public long Id { get; set; }

    public long DossierId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public required string RequestedBy { get; set; }

    /// <summary>The missing or incomplete items, one per line.</summary>
    public required string MissingItems { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public string? AnswerNote { get; set; }
}

/// <summary>A paper checked at the counter (thành phần hồ sơ đã nhận).</summary>
public sealed class ReceivedPaper
{
    public long Id { get; set; }

    public long DossierId { get; set; }

    public required string Name { get; set; }

    public bool IsOriginal { get; set; }

    public int Sets { get; set; } = 1;
}

public enum FileKind
{
    Application = 1,
    Supplement = 2,
    Result = 3,
}

/// <summary>A file stored on disk outside wwwroot under a random name; SHA-256 recorded.</summary>
public sealed class DossierFile
{
    public Guid Id { get; set; }

    public long DossierId { get; set; }

    public FileKind Kind { get; set; }

    /// <summary>The procedure paper this file belongs to, if any.</summary>
    public int? PaperId { get; set; }

    public required string OriginalName { get; set; }

    public required string StoredName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>A five-point satisfaction rating, once per dossier.</summary>
public sealed class Rating
{
    public long Id { get; set; }

    public long DossierId { get; set; }

    /// <summary>1 = rất không hài lòng … 5 = rất hài lòng.</summary>
    public int Result { get; set; }

    public int Attitude { get; set; }

    public int TimeTaken { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset RatedAt { get; set; }

    public bool IsSatisfied => (Result + Attitude + TimeTaken) / 3.0 >= 4;
}
