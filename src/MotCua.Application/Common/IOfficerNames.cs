namespace MotCua.Application.Common;

/// <summary>Display names of officers (accounts live in Identity, outside <see cref="IAppDbContext"/>).</summary>
public interface IOfficerNames
{
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
}
