using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dashboard;

public enum DeadlineKind
{
    /// <summary>Pending, past the due date (quá hạn).</summary>
    Overdue = 0,

    /// <summary>Pending, due today or within two working days (sắp đến hạn).</summary>
    DueSoon = 1,
}

/// <summary>
/// Pending dossiers received by the leader's units that are overdue or due soon, with who holds each now, oldest
/// due date first. "Overdue" is the same rule as the headline's "pending overdue", so their counts agree.
/// </summary>
public sealed record GetDeadlineList(DeadlineKind Kind, int? UnitId = null, int Page = 1) : IQuery<DeadlineListView>;

public sealed record DeadlineListView(LeaderScope Scope, DeadlineKind Kind, DateOnly Today, DateOnly DueSoonUntil, DossierListPage List);

internal sealed class GetDeadlineListHandler(
    IAppDbContext db, ICurrentUser user, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IQueryHandler<GetDeadlineList, DeadlineListView>
{
    /// <summary>"Due soon": due today or within this many working days.</summary>
    public const int DueSoonWorkingDays = 2;

    private static readonly DossierStatus[] Pending = [.. DossierWorkflow.PendingStatuses];

    public async ValueTask<DeadlineListView> Handle(GetDeadlineList query, CancellationToken cancellationToken)
    {
        var scope = await LeaderScope.LoadAsync(db, user, query.UnitId, cancellationToken);
        var unitIds = scope.UnitIds;
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var until = (await calendars.GetAsync(cancellationToken)).AddWorkingDays(today, DueSoonWorkingDays);

        var pending = db.Dossiers.Where(d => Pending.Contains(d.Status) && unitIds.Contains(d.ReceivingUnitId));
        var dossiers = query.Kind == DeadlineKind.Overdue
            ? pending.Where(d => d.DueDate < today)
            : pending.Where(d => d.DueDate >= today && d.DueDate <= until);
        var list = await DossierLists.PageAsync(
            db, await dossiers.CountAsync(cancellationToken), query.Page,
            skip => dossiers.OrderBy(d => d.DueDate).ThenBy(d => d.Id).Select(d => d.Id)
                .Skip(skip).Take(DossierListPage.PageSize).AsAsyncEnumerable(),
            cancellationToken);
        return new DeadlineListView(scope, query.Kind, today, until, list);
    }
}
