using Mediator;
using MotCua.Application.Common.Security;

namespace MotCua.Application.Processing;

/// <summary>The colleagues the officer may give dossiers to (specialists and leaders of the unit); none for others.</summary>
public sealed record GetAssignableColleagues : IQuery<IReadOnlyList<Colleague>>;

internal sealed class GetAssignableColleaguesHandler(ICurrentUser user, IOfficerDirectory officers)
    : IQueryHandler<GetAssignableColleagues, IReadOnlyList<Colleague>>
{
    public async ValueTask<IReadOnlyList<Colleague>> Handle(GetAssignableColleagues query, CancellationToken cancellationToken) =>
        user.UnitId is { } unitId && ProcessingActions.Processes(user)
            ? await officers.ProcessingOfficersAsync(unitId, cancellationToken)
            : [];
}
