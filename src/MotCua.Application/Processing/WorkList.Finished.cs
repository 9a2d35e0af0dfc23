using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>The finished list ("Đã xử lý xong"): most of a unit's dossiers, read as two halves through ordered indexes.</summary>
internal sealed partial class GetWorkListHandler
{
    /// <summary>
    /// The finished list spans most of a unit's dossiers (308k for the largest commune at a million), so it is read
    /// as its two disjoint halves, each through an index already in the wanted order: the dossiers the unit received
    /// (by the unit's completion index) and those another unit handed to it (by <see cref="Dossier.HandedToUnitId"/>).
    /// When one half is empty the other is paged in the database; otherwise each gives its first page × 20 keys,
    /// merged here. The count stops at <see cref="GetWorkList.MaxCountedDone"/>.
    /// </summary>
    private async Task<(List<long> Ids, int Page, int Total, bool More)> DonePageAsync(
        WorkListFilter filter, IReadOnlyList<int>? fieldProcedures, WorkListSort sort, int requestedPage, CancellationToken cancellationToken)
    {
        if (user.UnitId is not { } unitId)
        {
            return ([], 1, 0, false);
        }

        var done = db.Dossiers.AsNoTracking().Where(d => d.Status == DossierStatus.Resolved || d.Status == DossierStatus.Returned);
        IQueryable<Dossier>[] halves =
        [
            Narrow(done.Where(d => d.ReceivingUnitId == unitId), filter, fieldProcedures),
            Narrow(done.Where(d => d.HandedToUnitId == unitId), filter, fieldProcedures),
        ];
        var counts = new List<int>();
        foreach (var half in halves)
        {
            counts.Add(await half.Take(GetWorkList.MaxCountedDone + 1).CountAsync(cancellationToken));
        }

        var total = Math.Min(counts.Sum(), GetWorkList.MaxCountedDone);
        var page = Paging.Clamp(requestedPage, total, GetWorkList.PageSize);
        var skip = (page - 1) * GetWorkList.PageSize;
        if (counts.Count(c => c > 0) <= 1)
        {
            // Usually one half is empty (a commune is rarely handed dossiers, a department rarely receives them):
            // the other is paged in the database like any list.
            var only = halves[counts.FindIndex(c => c > 0) is var at && at >= 0 ? at : 0];
            var pageIds = await Order(only, sort).Select(d => d.Id).Skip(skip).Take(GetWorkList.PageSize).ToListAsync(cancellationToken);
            return (pageIds, page, total, counts.Sum() > total);
        }

        var keys = new List<SortKey>();
        foreach (var half in halves)
        {
            keys.AddRange(await SortKey.Select(Order(half, sort), sort)
                .Take(page * GetWorkList.PageSize)
                .ToListAsync(cancellationToken));
        }

        var ids = SortKey.Order(keys, sort).Skip(skip).Take(GetWorkList.PageSize).Select(k => k.Id).ToList();
        return (ids, page, total, counts.Sum() > total);
    }

    /// <summary>What a list is ordered by, to merge the two halves of the finished list as the database orders each.</summary>
    private sealed record SortKey(long Id, DateTimeOffset? CompletedAt, DateTimeOffset? ReceivedAt, string? Code, DateOnly? Appointment)
    {
        /// <summary>The id and only the value ordered by: for the finished list's own order both are in its index, so a deep page reads no row.</summary>
        public static IQueryable<SortKey> Select(IQueryable<Dossier> list, WorkListSort sort) => sort switch
        {
            WorkListSort.ReceivedNewest or WorkListSort.ReceivedOldest => list.Select(d => new SortKey(d.Id, null, d.ReceivedAt, null, null)),
            WorkListSort.Code => list.Select(d => new SortKey(d.Id, null, null, d.Code, null)),
            WorkListSort.CompletedNewest => list.Select(d => new SortKey(d.Id, d.CompletedAt, null, null, null)),
            _ => list.Select(d => new SortKey(d.Id, null, null, null, d.AppointmentDate)),
        };

        public static IEnumerable<SortKey> Order(IEnumerable<SortKey> keys, WorkListSort sort) => sort switch
        {
            WorkListSort.ReceivedNewest => keys.OrderByDescending(k => k.ReceivedAt).ThenByDescending(k => k.Id),
            WorkListSort.ReceivedOldest => keys.OrderBy(k => k.ReceivedAt).ThenBy(k => k.Id),
            WorkListSort.Code => keys.OrderBy(k => k.Code, StringComparer.Ordinal),
            WorkListSort.CompletedNewest => keys.OrderByDescending(k => k.CompletedAt).ThenByDescending(k => k.Id),
            _ => keys.OrderBy(k => k.Appointment).ThenBy(k => k.Id),
        };
    }
}
