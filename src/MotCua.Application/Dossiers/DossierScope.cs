using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;
using MotCua.Application.Processing;
using MotCua.Application.Reception;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Dossiers;

/// <summary>
/// The one rule of what an officer may see: dossiers their unit received or holds now. Every officer query and
/// command starts here, so a code typed for another unit's dossier answers "not found", never "forbidden".
/// </summary>
public static class DossierScope
{
    public static IQueryable<Dossier> VisibleTo(this IQueryable<Dossier> dossiers, ICurrentUser user)
    {
        if (user.UnitId is not { } unitId)
        {
            return dossiers.Where(_ => false);
        }

        return dossiers.Where(d => d.CurrentUnitId == unitId || d.ReceivingUnitId == unitId);
    }

    /// <summary>
    /// The rule of <see cref="VisibleTo"/> written as one condition instead of an OR, for lists over a few statuses
    /// (pending, result to return): SQLite answers "either unit" by reading every dossier of the unit through the two
    /// unit indexes, while the status indexes hold both units, so the list is counted and paged from one of them.
    /// </summary>
    public static IQueryable<Dossier> VisibleByStatusTo(this IQueryable<Dossier> dossiers, ICurrentUser user)
    {
        if (user.UnitId is not { } unitId)
        {
            return dossiers.Where(_ => false);
        }

        return dossiers.Where(d => (d.CurrentUnitId == unitId ? unitId : d.ReceivingUnitId) == unitId);
    }

    /// <summary>The ledgers a status change reads or appends to (history, pauses, extensions, supplement requests, control sheet).</summary>
    public static IQueryable<Dossier> WithLedgers(this IQueryable<Dossier> dossiers) => dossiers
        .Include(d => d.Transitions)
        .Include(d => d.Pauses)
        .Include(d => d.Extensions)
        .Include(d => d.SupplementRequests)
        .Include(d => d.ControlSheet);

    /// <summary>Loads a visible dossier for a change, or throws <see cref="NotFoundException"/>.</summary>
    public static async Task<Dossier> SingleVisibleAsync(
        this IQueryable<Dossier> dossiers, ICurrentUser user, string code, CancellationToken cancellationToken) =>
        await dossiers.VisibleTo(user).AsSplitQuery().SingleOrDefaultAsync(d => d.Code == code, cancellationToken)
        ?? throw new NotFoundException("Không tìm thấy hồ sơ.");

    /// <summary>
    /// Loads a visible dossier with its ledgers for a status change and runs the checks every change makes, in order:
    /// the officer's role allows the action, the officer's unit holds the dossier now (when <paramref name="mustHold"/>;
    /// a dossier handed to another unit is changed there), and the version seen is still current.
    /// </summary>
    public static async Task<Dossier> SingleForChangeAsync(
        this IQueryable<Dossier> dossiers, ICurrentUser user, string code, int seenVersion, bool allowedForRole, string action,
        bool mustHold, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.WithLedgers().SingleVisibleAsync(user, code, cancellationToken);
        DossierActions.EnsureRole(allowedForRole, action);
        if (mustHold)
        {
            HandoffRules.EnsureHolds(dossier, user);
        }

        dossier.EnsureVersion(seenVersion);
        return dossier;
    }

    /// <summary>
    /// The version the officer saw must still be the current one: a second officer (or a second click) working from
    /// a stale page is told to reload instead of overwriting. EF's concurrency token covers the race after this check.
    /// </summary>
    public static void EnsureVersion(this Dossier dossier, int seenVersion)
    {
        if (dossier.Version != seenVersion)
        {
            throw new ConcurrencyConflictException();
        }
    }

    /// <summary>The officer as recorded in the dossier's history.</summary>
    public static Actor ToActor(this ICurrentUser user) =>
        new(user.UserId, user.DisplayName ?? "Cán bộ");
}
