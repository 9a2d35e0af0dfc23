using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Reception;

/// <summary>Online dossiers of the officer's unit waiting for a check (status 1), oldest first, one page at a time.</summary>
public sealed record GetOnlineQueue(int Page) : IQuery<OnlineQueuePage>
{
    public const int PageSize = 20;
}

public sealed record OnlineQueueItem(string Code, string ProcedureName, string ApplicantName, DateTimeOffset SubmittedAt);

public sealed record OnlineQueuePage(IReadOnlyList<OnlineQueueItem> Items, int Page, int Total)
{
    public int Pages => Paging.Pages(Total, GetOnlineQueue.PageSize);
}

internal sealed class GetOnlineQueueHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetOnlineQueue, OnlineQueuePage>
{
    public async ValueTask<OnlineQueuePage> Handle(GetOnlineQueue query, CancellationToken cancellationToken)
    {
        var waiting = db.Dossiers.AsNoTracking().VisibleTo(user).Where(d => d.Status == DossierStatus.Submitted);
        var total = await waiting.CountAsync(cancellationToken);
        var page = Paging.Clamp(query.Page, total, GetOnlineQueue.PageSize);
        var items = await (
                from d in waiting
                join p in db.Procedures on d.ProcedureId equals p.Id
                orderby d.SubmittedAt, d.Id
                select new OnlineQueueItem(d.Code, p.Name, d.Applicant.FullName, d.SubmittedAt))
            .Skip((page - 1) * GetOnlineQueue.PageSize)
            .Take(GetOnlineQueue.PageSize)
            .ToListAsync(cancellationToken);
        return new OnlineQueuePage(items, page, total);
    }
}
