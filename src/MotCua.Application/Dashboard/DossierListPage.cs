using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Application.Dashboard;

/// <summary>A dossier behind a leader's figure: no applicant data, only what the figure is about and who holds it.</summary>
public sealed record DossierListRow(
    string Code,
    string ProcedureName,
    DateTimeOffset? ReceivedAt,
    DateOnly? DueDate,
    DateTimeOffset? ResolvedAt,
    DossierStatus Status,
    Timeliness? Outcome,
    bool CountsAsLate,
    string HolderUnit,
    string? HolderOfficer);

public sealed record DossierListPage(IReadOnlyList<DossierListRow> Rows, int Page, int Total)
{
    public const int PageSize = 20;

    public int Pages => Paging.Pages(Total, PageSize);
}

internal static class DossierLists
{
    /// <summary>
    /// Pages a list: <paramref name="pageIds"/> gives the ids of one page, in the list's order, from the number of rows
    /// to skip (offset paging over the list's index); their rows, with the holder's unit and name, are then read by one
    /// statement compiled once.
    /// </summary>
    public static async Task<DossierListPage> PageAsync(
        IAppDbContext db, int total, int page, Func<int, IAsyncEnumerable<long>> pageIds, CancellationToken cancellationToken)
    {
        page = Paging.Clamp(page, total, DossierListPage.PageSize);
        var ids = await pageIds((page - 1) * DossierListPage.PageSize).ToListAsync(cancellationToken);
        var rows = (await RowsOf(db.AsDbContext(), ids).ToListAsync(cancellationToken)).ToDictionary(r => r.Id);
        return new DossierListPage([.. ids.Where(rows.ContainsKey).Select(id => rows[id].ToListRow())], page, total);
    }

    private static readonly Func<DbContext, List<long>, IAsyncEnumerable<Row>> RowsOf = EF.CompileAsyncQuery(
        (DbContext db, List<long> ids) => db.Set<Dossier>().AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .Select(d => new Row
            {
                Id = d.Id,
                Code = d.Code,
                Procedure = db.Set<Procedure>().Where(p => p.Id == d.ProcedureId).Select(p => p.Name).First(),
                ReceivedAt = d.ReceivedAt,
                DueDate = d.DueDate,
                CompletedAt = d.CompletedAt,
                Status = d.Status,
                Outcome = d.Outcome,
                SupplementRequestCount = d.SupplementRequestCount,
                Unit = db.Set<Unit>().Where(u => u.Id == d.CurrentUnitId).Select(u => u.Name).First(),
                Holder = db.Set<OfficerName>().Where(o => o.Id == d.AssigneeId).Select(o => o.Name).FirstOrDefault(),
            }));

    private sealed class Row
    {
        public long Id { get; init; }

        public required string Code { get; init; }

        public required string Procedure { get; init; }

        public DateTimeOffset? ReceivedAt { get; init; }

        public DateOnly? DueDate { get; init; }

        public DateTimeOffset? CompletedAt { get; init; }

        public DossierStatus Status { get; init; }

        public Timeliness? Outcome { get; init; }

        public int SupplementRequestCount { get; init; }

        public required string Unit { get; init; }

        public string? Holder { get; init; }

        public DossierListRow ToListRow() => new(
            Code, Procedure, ReceivedAt, DueDate,
            Outcome is null ? null : CompletedAt,
            Status, Outcome,
            Outcome == Timeliness.Late || (Outcome is not null && SupplementRequestCount > 1),
            Unit, Holder);
    }
}
