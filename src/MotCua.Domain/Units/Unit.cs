namespace MotCua.Domain.Units;

/// <summary>Level of a unit in the two-level local government (since 1 Jul 2025: province and commune).</summary>
public enum UnitLevel
{
    /// <summary>Tỉnh / thành phố.</summary>
    Province = 1,

    /// <summary>Sở, ban, ngành thuộc tỉnh.</summary>
    Department = 2,

    /// <summary>Xã, phường, đặc khu.</summary>
    Commune = 3,
}

/// <summary>
/// An administrative unit (đơn vị) with its QCVN 102-style code. Units carry validity dates and a successor so
/// dossiers handled before a merger keep reporting under the unit that handled them.
/// </summary>
public sealed class Unit
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }

    public UnitLevel Level { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>The unit that took over this one's work (đơn vị kế thừa) after a merger or renaming.</summary>
    public int? SuccessorId { get; set; }

    public Unit? Successor { get; set; }

    public bool IsActiveOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);
}
