namespace MotCua.Application.Common;

/// <summary>
/// An officer's display name, as queries (compiled ones included) join it with <c>Set&lt;OfficerName&gt;()</c>: a
/// read-only keyless entity over the Identity accounts' table, which lives outside the application's own entities.
/// </summary>
public sealed class OfficerName
{
    public required string Id { get; init; }

    public required string Name { get; init; }
}
