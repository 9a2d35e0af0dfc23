using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Submissions;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Tracking;

/// <summary>The applicant answers a supplement request (Form 02) with the missing papers; the clock resumes.</summary>
public sealed record AnswerSupplementRequest(string? Code, string? Key, string? Note, IReadOnlyList<SubmittedFile> Files)
    : ICommand<DossierStatus>;

public sealed class AnswerSupplementRequestValidator : AbstractValidator<AnswerSupplementRequest>
{
    public AnswerSupplementRequestValidator()
    {
        RuleFor(x => x.Files).NotEmpty().WithMessage("Vui lòng đính kèm các giấy tờ bổ sung.");
        RuleFor(x => x.Note).MaximumLength(1000).WithMessage("Ghi chú không quá 1000 ký tự.");
    }
}

internal sealed class AnswerSupplementRequestHandler(IAppDbContext db, IWorkingCalendarProvider calendars, TimeProvider clock)
    : ICommandHandler<AnswerSupplementRequest, DossierStatus>
{
    public async ValueTask<DossierStatus> Handle(AnswerSupplementRequest command, CancellationToken cancellationToken)
    {
        var dossier = await TrackedDossiers.FindAsync(
            db.Dossiers
                .Include(d => d.Transitions)
                .Include(d => d.Pauses)
                .Include(d => d.Extensions)
                .Include(d => d.SupplementRequests)
                .Include(d => d.ControlSheet),
            command.Code,
            command.Key,
            cancellationToken);
        var now = clock.GetUtcNow();
        dossier.AnswerSupplement(
            now,
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
            await calendars.GetAsync(cancellationToken));
        foreach (var file in command.Files)
        {
            // The collection was not loaded: adding to it still inserts the row for this dossier.
            dossier.Files.Add(SubmitDossierHandler.ToRow(file, FileKind.Supplement, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return dossier.Status;
    }
}
