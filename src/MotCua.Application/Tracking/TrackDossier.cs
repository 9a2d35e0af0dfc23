using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Tracking;

/// <summary>Tra cứu hồ sơ: what the key holder may see of their dossier.</summary>
public sealed record TrackDossier(string? Code, string? Key) : IQuery<TrackingView>;

public sealed record TrackingView(
    string Code,
    string ProcedureName,
    string UnitName,
    string ApplicantName,
    DossierStatus Status,
    DateTimeOffset SubmittedAt,
    DeliveryMethod DeliveryMethod,
    IReadOnlyList<TimelineEntry> Timeline,
    DateOnly? DueDate,
    DateTimeOffset? DueAt,
    DateOnly? ExtendedDueDate,
    IReadOnlyList<ExplanationEntry> DueExplanation,
    OpenSupplement? OpenSupplement,
    IReadOnlyList<TrackedFile> Files,
    RatingView? Rating)
{
    public string StatusText => Status.Vietnamese();

    public bool HasResult => Status is DossierStatus.Resolved or DossierStatus.Returned;

    public bool CanRate => HasResult && Rating is null;
}

public sealed record TimelineEntry(DateTimeOffset At, DossierStatus Status, string? Note)
{
    public string StatusText => Status.Vietnamese();
}

public sealed record OpenSupplement(DateTimeOffset RequestedAt, IReadOnlyList<string> MissingItems);

public sealed record TrackedFile(Guid Id, FileKind Kind, string Name, long Size, DateTimeOffset UploadedAt);

public sealed record RatingView(int Result, int Attitude, int TimeTaken, string? Comment, DateTimeOffset RatedAt);

internal sealed class TrackDossierHandler(IAppDbContext db, IWorkingCalendarProvider calendars)
    : IQueryHandler<TrackDossier, TrackingView>
{
    /// <summary>The dossier with all its key holder sees, in one statement compiled once (the lookup is the busiest public call).</summary>
    private static readonly Func<DbContext, string, CancellationToken, Task<Dossier?>> Tracked = EF.CompileAsyncQuery(
        (DbContext context, string code, CancellationToken _) => context.Set<Dossier>().AsNoTracking()
            .Include(d => d.Transitions)
            .Include(d => d.Pauses)
            .Include(d => d.Extensions)
            .Include(d => d.SupplementRequests)
            .Include(d => d.Files)
            .Include(d => d.Rating)
            .AsSingleQuery()
            .SingleOrDefault(d => d.Code == code));

    public async ValueTask<TrackingView> Handle(TrackDossier query, CancellationToken cancellationToken)
    {
        var dossier = await TrackedDossiers.FindAsync(code => Tracked(db.AsDbContext(), code, cancellationToken), query.Code, query.Key);

        var names = await db.Procedures.AsNoTracking()
            .Where(p => p.Id == dossier.ProcedureId)
            .Select(p => new
            {
                p.Name,
                Unit = db.Units.Where(u => u.Id == dossier.ReceivingUnitId).Select(u => u.Name).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);

        IReadOnlyList<ExplanationEntry> explanation = [];
        if (dossier.ReceivedAt is not null)
        {
            explanation = dossier.Deadline(await calendars.GetAsync(cancellationToken)).Explanation;
        }

        var open = dossier.Status == DossierStatus.SupplementRequested
            ? dossier.SupplementRequests.Where(r => r.AnsweredAt is null).MaxBy(r => r.RequestedAt)
            : null;

        return new TrackingView(
            dossier.Code,
            names.Name,
            names.Unit ?? string.Empty,
            dossier.Applicant.FullName,
            dossier.Status,
            dossier.SubmittedAt,
            dossier.DeliveryMethod,
            [.. dossier.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => new TimelineEntry(t.At, t.To, t.Note))],
            dossier.DueDate,
            dossier.DueAt,
            dossier.ExtendedDueDate,
            explanation,
            open is null ? null : new OpenSupplement(open.RequestedAt, open.MissingItems.Split('\n', StringSplitOptions.RemoveEmptyEntries)),
            [.. dossier.Files.OrderBy(f => f.UploadedAt).Select(f => new TrackedFile(f.Id, f.Kind, f.OriginalName, f.Size, f.UploadedAt))],
            dossier.Rating is { } r ? new RatingView(r.Result, r.Attitude, r.TimeTaken, r.Comment, r.RatedAt) : null);
    }
}

/// <summary>A file of the dossier for its key holder to download.</summary>
public sealed record GetTrackedFile(string? Code, string? Key, Guid FileId) : IQuery<TrackedFileContent>;

public sealed record TrackedFileContent(string StoredName, string Name, string ContentType);

internal sealed class GetTrackedFileHandler(IAppDbContext db) : IQueryHandler<GetTrackedFile, TrackedFileContent>
{
    public async ValueTask<TrackedFileContent> Handle(GetTrackedFile query, CancellationToken cancellationToken)
    {
        var dossier = await TrackedDossiers.FindAsync(
            db.Dossiers.AsNoTracking().Include(d => d.Files), query.Code, query.Key, cancellationToken);
        var file = dossier.Files.SingleOrDefault(f => f.Id == query.FileId) ?? throw new NotFoundException(TrackedDossiers.NotFoundMessage);
        return new TrackedFileContent(file.StoredName, file.OriginalName, file.ContentType);
    }
}
