using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;
using MotCua.Domain.Common;

namespace MotCua.Application.Processing;

/// <summary>
/// Gives several dossiers of the work list to one officer at once. Each dossier is checked on its own (the version
/// seen on the list, the unit holding it, its status): those that pass are assigned, the others are reported with the
/// reason, and nothing is half done for a dossier.
/// </summary>
/// <param name="Selected">The ticked rows, each "code|version" as the work list wrote them.</param>
public sealed record BulkAssignDossiers(IReadOnlyList<string> Selected, string? AssigneeId) : ICommand<BulkAssignResult>;

public sealed record BulkAssignSkip(string Code, string Reason);

public sealed record BulkAssignResult(string AssigneeName, int Assigned, IReadOnlyList<BulkAssignSkip> Skipped);

public sealed class BulkAssignDossiersValidator : AbstractValidator<BulkAssignDossiers>
{
    public const int MaxDossiers = 100;

    public BulkAssignDossiersValidator()
    {
        RuleFor(c => c.Selected).NotEmpty().WithMessage("Chọn ít nhất một hồ sơ để giao.")
            .Must(s => s.Count <= MaxDossiers).WithMessage($"Mỗi lần giao tối đa {MaxDossiers} hồ sơ.");
        RuleFor(c => c.AssigneeId).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("Phải chọn cán bộ xử lý hồ sơ.");
    }
}

internal sealed class BulkAssignDossiersHandler(
    IAppDbContext db, ICurrentUser user, IAuditLog audit, IOfficerDirectory officers, TimeProvider clock)
    : ICommandHandler<BulkAssignDossiers, BulkAssignResult>
{
    public async ValueTask<BulkAssignResult> Handle(BulkAssignDossiers command, CancellationToken cancellationToken)
    {
        DossierActions.EnsureRole(ProcessingActions.Processes(user), "phân công xử lý");
        var colleague = await AssignDossierHandler.ColleagueAsync(officers, user, command.AssigneeId, cancellationToken);
        var wanted = command.Selected.Distinct().Select(Parse).ToList();
        var codes = wanted.Where(w => w.Code is not null).Select(w => w.Code!).ToList();
        var dossiers = await db.Dossiers.WithLedgers().VisibleTo(user).AsSplitQuery()
            .Where(d => codes.Contains(d.Code))
            .ToDictionaryAsync(d => d.Code, cancellationToken);

        var now = clock.GetUtcNow();
        var assigned = 0;
        var skipped = new List<BulkAssignSkip>();
        foreach (var (code, version) in wanted)
        {
            if (code is null || !dossiers.TryGetValue(code, out var dossier))
            {
                skipped.Add(new(code ?? "?", "Không tìm thấy hồ sơ."));
            }
            else if (!HandoffRules.Holds(dossier, user))
            {
                skipped.Add(new(code, "Hồ sơ đang do đơn vị khác xử lý."));
            }
            else if (dossier.Version != version)
            {
                skipped.Add(new(code, "Hồ sơ vừa được người khác cập nhật."));
            }
            else if (dossier.AssigneeId == colleague.Id)
            {
                skipped.Add(new(code, $"Hồ sơ đã được giao cho {colleague.Name}."));
            }
            else
            {
                try
                {
                    dossier.AssignTo(colleague.Id, now);
                    audit.Record("dossier.assign", dossier.Code, $"Giao cho {colleague.Name}");
                    assigned++;
                }
                catch (DomainException e)
                {
                    skipped.Add(new(code, e.Message));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new BulkAssignResult(colleague.Name, assigned, skipped);
    }

    private static (string? Code, int Version) Parse(string selected)
    {
        var parts = selected.Split('|');
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (parts[0], version)
            : (null, 0);
    }
}
