using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;

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
    /// <summary>
    /// What the key holder sees of the dossier, with its procedure's and unit's names, in one statement compiled once
    /// (the lookup is the busiest public call): only the columns shown, no entities to build.
    /// </summary>
    private static readonly Func<DbContext, string, CancellationToken, Task<TrackedRow?>> Tracked = EF.CompileAsyncQuery(
        (DbContext db, string code, CancellationToken _) => db.Set<Dossier>()
            .Where(d => d.Code == code)
            .Select(d => new TrackedRow
            {
                Code = d.Code,
                TrackingKeyHash = d.TrackingKeyHash,
                ProcedureName = db.Set<Procedure>().Where(p => p.Id == d.ProcedureId).Select(p => p.Name).First(),
                UnitName = db.Set<Domain.Units.Unit>().Where(u => u.Id == d.ReceivingUnitId).Select(u => u.Name).FirstOrDefault(),
                ApplicantName = d.Applicant.FullName,
                Status = d.Status,
                SubmittedAt = d.SubmittedAt,
                DeliveryMethod = d.DeliveryMethod,
                ReceivedAt = d.ReceivedAt,
                Terms = new DeadlineTerms(d.TimeLimit, d.TimeLimitUnit, d.CutoffTime),
                DueDate = d.DueDate,
                DueAt = d.DueAt,
                ExtendedDueDate = d.ExtendedDueDate,
                Timeline = d.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => new TimelineEntry(t.At, t.To, t.Note)).ToList(),
                Pauses = d.Pauses.Select(p => new Pause(p.StartedAt, p.EndedAt, p.Reason)).ToList(),
                Extensions = d.Extensions.Select(e => new Extension(e.NewDueDate, e.Reason, e.GrantedAt)).ToList(),
                OpenRequests = d.SupplementRequests.Where(r => r.AnsweredAt == null)
                    .Select(r => new OpenRequest(r.RequestedAt, r.MissingItems)).ToList(),
                Files = d.Files.OrderBy(f => f.UploadedAt)
                    .Select(f => new TrackedFile(f.Id, f.Kind, f.OriginalName, f.Size, f.UploadedAt)).ToList(),
                Rating = d.Rating == null ? null : new RatingView(d.Rating.Result, d.Rating.Attitude, d.Rating.TimeTaken, d.Rating.Comment, d.Rating.RatedAt),
            })
            .AsSingleQuery()
            .SingleOrDefault());

    public async ValueTask<TrackingView> Handle(TrackDossier query, CancellationToken cancellationToken)
    {
        var dossier = await TrackedDossiers.FindAsync(
            code => Tracked(db.AsDbContext(), code, cancellationToken), d => d.TrackingKeyHash, query.Code, query.Key);

        IReadOnlyList<ExplanationEntry> explanation = [];
        if (dossier.ReceivedAt is { } receivedAt)
        {
            explanation = Dossier.Deadline(await calendars.GetAsync(cancellationToken), receivedAt, dossier.Terms, dossier.Pauses, dossier.Extensions)
                .Explanation;
        }

        return new TrackingView(
            dossier.Code,
            dossier.ProcedureName,
            dossier.UnitName ?? string.Empty,
            dossier.ApplicantName,
            dossier.Status,
            dossier.SubmittedAt,
            dossier.DeliveryMethod,
            dossier.Timeline,
            dossier.DueDate,
            dossier.DueAt,
            dossier.ExtendedDueDate,
            explanation,
            dossier.Status == DossierStatus.SupplementRequested && dossier.OpenRequests.MaxBy(r => r.RequestedAt) is { } open
                ? new OpenSupplement(open.RequestedAt, open.MissingItems.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                : null,
            dossier.Files,
            dossier.Rating);
    }

    private sealed record OpenRequest(DateTimeOffset RequestedAt, string MissingItems);

    private sealed class TrackedRow
    {
        public required string Code { get; init; }

        public required string TrackingKeyHash { get; init; }

        public required string ProcedureName { get; init; }

        public string? UnitName { get; init; }

        public required string ApplicantName { get; init; }

        public DossierStatus Status { get; init; }

        public DateTimeOffset SubmittedAt { get; init; }

        public DeliveryMethod DeliveryMethod { get; init; }

        public DateTimeOffset? ReceivedAt { get; init; }

        public required DeadlineTerms Terms { get; init; }

        public DateOnly? DueDate { get; init; }

        public DateTimeOffset? DueAt { get; init; }

        public DateOnly? ExtendedDueDate { get; init; }

        public required List<TimelineEntry> Timeline { get; init; }

        public required List<Pause> Pauses { get; init; }

        public required List<Extension> Extensions { get; init; }

        public required List<OpenRequest> OpenRequests { get; init; }

        public required List<TrackedFile> Files { get; init; }

        public RatingView? Rating { get; init; }
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
