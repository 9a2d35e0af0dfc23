using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Reception;
using MotCua.Domain.Calendar;

namespace MotCua.Application.Processing;

/// <summary>Processing is finished and the result is ready (đã xử lý xong); answers the on-time classification.</summary>
public sealed record ResolveDossier(string Code, int Version) : ICommand<ResolveOutcome>;

public sealed record ResolveOutcome(string Code, Timeliness Timeliness);

internal sealed class ResolveDossierHandler(
    IAppDbContext db, ICurrentUser user, IAuditLog audit, IWorkingCalendarProvider calendars, TimeProvider clock)
    : ICommandHandler<ResolveDossier, ResolveOutcome>
{
    public async ValueTask<ResolveOutcome> Handle(ResolveDossier command, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleForChangeAsync(
            user, command.Code, command.Version, ProcessingActions.Processes(user), "xử lý", mustHold: true, cancellationToken);

        dossier.Resolve(clock.GetUtcNow(), user.ToActor(), calendar: await calendars.GetAsync(cancellationToken));
        audit.Record("dossier.resolve", dossier.Code);
        await db.SaveChangesAsync(cancellationToken);
        return new ResolveOutcome(dossier.Code, dossier.Outcome ?? Timeliness.OnTime);
    }
}

public static class TimelinessText
{
    public static string Vietnamese(this Timeliness timeliness) => timeliness switch
    {
        Timeliness.Early => "trước hạn",
        Timeliness.OnTime => "đúng hạn",
        Timeliness.Late => "quá hạn",
        _ => timeliness.ToString(),
    };

    /// <summary>Capitalised, as printed on the control sheet (Form 06).</summary>
    public static string Label(Timeliness timeliness) => timeliness switch
    {
        Timeliness.Early => "Trước hạn",
        Timeliness.OnTime => "Đúng hạn",
        Timeliness.Late => "Quá hạn",
        _ => timeliness.ToString(),
    };
}
