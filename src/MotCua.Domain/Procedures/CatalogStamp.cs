namespace MotCua.Domain.Procedures;

/// <summary>
/// One counter raised in the same transaction as every change to the catalogue (procedures, their papers, steps and
/// receiving units, fields, units). The public catalogue is held in memory under it: one small read per request tells
/// every server whether its copy is still the published one.
/// </summary>
public sealed class CatalogStamp
{
    /// <summary>The only row.</summary>
    public const int SingleId = 1;

    public int Id { get; set; }

    public long Version { get; set; }
}
