using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>The filters and orders every work list shares.</summary>
internal sealed partial class GetWorkListHandler
{
    private IQueryable<Dossier> Narrow(IQueryable<Dossier> list, WorkListFilter filter, IReadOnlyList<int>? fieldProcedures)
    {
        if (filter.ProcedureId is { } procedureId)
        {
            list = list.Where(d => d.ProcedureId == procedureId);
        }

        if (fieldProcedures is not null)
        {
            list = list.Where(d => fieldProcedures.Contains(d.ProcedureId));
        }

        if (filter.Status is { } status)
        {
            list = list.Where(d => d.Status == status);
        }

        var (from, before) = filter.ReceivedRange;
        if (from is { } start)
        {
            list = list.Where(d => d.ReceivedAt >= start);
        }

        if (before is { } end)
        {
            list = list.Where(d => d.ReceivedAt < end);
        }

        if (filter.Channel is { } channel)
        {
            list = list.Where(d => d.Channel == channel);
        }

        switch (filter.Assignee)
        {
            case AssigneeFilter.Me:
                var me = user.UserId;
                list = list.Where(d => me != null && d.AssigneeId == me);
                break;
            case AssigneeFilter.Unassigned:
                list = list.Where(d => d.AssigneeId == null);
                break;
            case AssigneeFilter.Colleague:
                var colleague = filter.ColleagueId;
                list = list.Where(d => d.AssigneeId == colleague);
                break;
        }

        if (filter.NormalizedCode is { } code)
        {
            // A range on the code (not LIKE, which is case-insensitive in SQLite) so the unique index on it is used.
            var upper = code + char.MaxValue;
            list = list.Where(d => string.Compare(d.Code, code) >= 0 && string.Compare(d.Code, upper) < 0);
        }

        return list;
    }

    private static IOrderedQueryable<Dossier> Order(IQueryable<Dossier> list, WorkListSort sort) => sort switch
    {
        WorkListSort.ReceivedNewest => list.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id),
        WorkListSort.ReceivedOldest => list.OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id),
        WorkListSort.Code => list.OrderBy(d => d.Code),
        WorkListSort.CompletedNewest => list.OrderByDescending(d => d.CompletedAt).ThenByDescending(d => d.Id),
        _ => list.OrderBy(d => d.AppointmentDate).ThenBy(d => d.Id),
    };

    /// <summary>The procedures of a field: a handful of ids, so the dossier query keeps to its own table.</summary>
    private async Task<IReadOnlyList<int>?> FieldProceduresAsync(WorkListFilter filter, CancellationToken cancellationToken) =>
        filter.FieldId is { } fieldId
            ? await db.Procedures.Where(p => p.FieldId == fieldId).Select(p => p.Id).ToListAsync(cancellationToken)
            : null;
}
