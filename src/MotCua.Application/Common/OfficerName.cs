namespace MotCua.Application.Common;

/// <summary>
/// An officer's display name, as queries can join it (accounts live in Identity, outside the application's own
/// entities): see <see cref="IAppDbContext.OfficerNames"/>.
/// </summary>
public sealed class OfficerName
{
    public required string Id { get; init; }

    public required string Name { get; init; }
}
