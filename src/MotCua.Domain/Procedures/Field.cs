namespace MotCua.Domain.Procedures;

/// <summary>Field of procedures (lĩnh vực), e.g. "Hộ tịch", "Đất đai".</summary>
public sealed class Field
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }
}
