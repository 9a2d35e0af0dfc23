using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>A row of the control sheet (Form 06) as pages show it, with unit names.</summary>
public sealed record ControlRowView(
    int Sequence,
    string StepName,
    string FromUnit,
    string HandedOverBy,
    DateTimeOffset HandedOverAt,
    string ToUnit,
    DateOnly DueDate,
    DateTimeOffset? DueAt,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    Timeliness? Outcome,
    string? Note);

internal static class ControlSheetRows
{
    public static async Task<IReadOnlyList<ControlRowView>> ViewAsync(
        IAppDbContext db, IReadOnlyCollection<ControlSheetEntry> rows, CancellationToken cancellationToken)
    {
        var ids = rows.SelectMany(r => new[] { r.FromUnitId, r.ToUnitId }).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return
        [
            .. rows.OrderBy(r => r.Sequence).Select(r => new ControlRowView(
                r.Sequence, r.StepName, names[r.FromUnitId], r.HandedOverBy, r.HandedOverAt, names[r.ToUnitId],
                r.DueDate, r.DueAt, r.CompletedAt, r.CompletedBy, r.Outcome, r.Note)),
        ];
    }
}
