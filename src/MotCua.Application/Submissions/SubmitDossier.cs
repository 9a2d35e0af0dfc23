using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Files;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Application.Submissions;

/// <summary>A file already streamed into the file store (checked type, size, hash), for one paper of the procedure or none.</summary>
public sealed record SubmittedFile(int? PaperId, StoredFile File);

/// <summary>
/// Nộp hồ sơ trực tuyến. The web layer streams the uploads into <see cref="IFileStore"/> first (so a page can keep
/// them when another field fails, and the API never buffers a file), then sends the stored files here.
/// </summary>
public sealed record SubmitDossier(
    string? ProcedureCode,
    int? UnitId,
    string? ApplicantName,
    string? CitizenId,
    DateOnly? DateOfBirth,
    string? Phone,
    string? Email,
    string? Address,
    string? DeliveryMethod,
    IReadOnlyList<SubmittedFile> Files,
    string? IdempotencyKey = null,
    string? Commune = null,
    string? Province = null) : ICommand<SubmissionResult>;

/// <summary>The new dossier's code and secret key. The key is null on a replay after its 24-hour window.</summary>
public sealed record SubmissionResult(string Code, string? TrackingKey, DossierStatus Status, bool Replayed);

public sealed class SubmitDossierValidator : AbstractValidator<SubmitDossier>
{
    public SubmitDossierValidator(IAppDbContext db, TimeProvider clock, Microsoft.Extensions.Options.IOptions<StorageOptions> storage)
    {
        RuleFor(x => x.ApplicantName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập họ và tên người nộp.")
            .MaximumLength(100).WithMessage("Họ và tên không quá 100 ký tự.");
        RuleFor(x => x.DateOfBirth).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng nhập ngày sinh hợp lệ.")
            .Must(d => d < Today(clock)).WithMessage("Ngày sinh phải là một ngày trong quá khứ.")
            .Must(d => d!.Value.AddYears(120) >= Today(clock)).WithMessage("Ngày sinh không hợp lệ (tuổi không quá 120).");
        RuleFor(x => x.CitizenId).CitizenId(x => x.DateOfBirth);
        RuleFor(x => x.Phone).Mobile();
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop)
            .MaximumLength(200).WithMessage("Email không quá 200 ký tự.")
            .EmailAddress().WithMessage("Email không đúng định dạng.")
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Address).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập địa chỉ liên hệ.")
            .MaximumLength(400).WithMessage("Địa chỉ không quá 400 ký tự.");
        RuleFor(x => x.Commune).MaximumLength(100).WithMessage("Tên xã, phường không quá 100 ký tự.");
        RuleFor(x => x.Province)
            .Must(Provinces.IsKnown).When(x => !string.IsNullOrWhiteSpace(x.Province))
            .WithMessage("Vui lòng chọn một tỉnh, thành phố trong danh sách.");
        RuleFor(x => x.DeliveryMethod)
            .Must(m => SubmissionRules.ParseDelivery(m) is not null)
            .WithMessage("Vui lòng chọn hình thức nhận kết quả: tại bộ phận một cửa, qua bưu chính hoặc trực tuyến.");
        RuleFor(x => x.Files)
            .NotEmpty().WithMessage("Vui lòng đính kèm thành phần hồ sơ.")
            .Must(f => f.Sum(x => x.File.Size) <= storage.Value.MaxDossierBytes)
            .WithMessage($"Tổng dung lượng các tệp không quá {storage.Value.MaxDossierBytes / (1024 * 1024)} MB.");
        RuleFor(x => x.IdempotencyKey).MaximumLength(100).WithMessage("Idempotency-Key không quá 100 ký tự.");

        RuleFor(x => x.ProcedureCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng chọn thủ tục.")
            .CustomAsync(async (code, context, ct) =>
            {
                var command = context.InstanceToValidate;
                var procedure = await db.Procedures.AsNoTracking().AsSplitQuery()
                    .Where(p => p.Code == code && p.IsActive)
                    .Select(p => new
                    {
                        p.OnlineLevel,
                        Units = p.ReceivingUnits.Select(u => u.UnitId).ToList(),
                        Papers = p.Papers.Select(x => new { x.Id, x.Name, x.IsMandatory }).ToList(),
                    })
                    .SingleOrDefaultAsync(ct);
                if (procedure is null || procedure.OnlineLevel == OnlineLevel.CounterOnly)
                {
                    context.AddFailure(nameof(SubmitDossier.ProcedureCode), "Thủ tục không tồn tại hoặc không được nộp trực tuyến.");
                    return;
                }

                if (command.UnitId is { } unitId && !procedure.Units.Contains(unitId))
                {
                    context.AddFailure(nameof(SubmitDossier.UnitId), "Vui lòng chọn một nơi tiếp nhận của thủ tục này.");
                }

                if (SubmissionRules.ParseDelivery(command.DeliveryMethod) == Domain.Dossiers.DeliveryMethod.Online
                    && procedure.OnlineLevel != OnlineLevel.Full)
                {
                    context.AddFailure(
                        nameof(SubmitDossier.DeliveryMethod),
                        "Thủ tục này chưa trả kết quả bản điện tử; vui lòng chọn nhận tại bộ phận một cửa hoặc qua bưu chính.");
                }

                var paperIds = procedure.Papers.Select(p => p.Id).ToHashSet();
                if (command.Files.Any(f => f.PaperId is { } id && !paperIds.Contains(id)))
                {
                    context.AddFailure(nameof(SubmitDossier.Files), "Tệp đính kèm không thuộc thành phần hồ sơ của thủ tục này.");
                }

                // Files assigned to papers (the submission page): every mandatory paper needs one. The API may send
                // unassigned files; completeness is then checked by the officer at acceptance.
                if (command.Files.Count > 0 && command.Files.All(f => f.PaperId is not null))
                {
                    foreach (var paper in procedure.Papers.Where(p => p.IsMandatory && !command.Files.Any(f => f.PaperId == p.Id)))
                    {
                        context.AddFailure($"Papers[{paper.Id}]", $"Vui lòng đính kèm “{paper.Name}”.");
                    }
                }
            });
    }

    private static DateOnly Today(TimeProvider clock) => VietnamTime.LocalDate(clock.GetUtcNow());
}

internal sealed class SubmitDossierHandler(
    IAppDbContext db,
    IDossierCodeAllocator codes,
    IFileStore files,
    ISecretProtector secrets,
    ISubmissionLock submissionLock,
    TimeProvider clock) : ICommandHandler<SubmitDossier, SubmissionResult>
{
    private static readonly TimeSpan ReplayKeyLifetime = TimeSpan.FromHours(24);

    public async ValueTask<SubmissionResult> Handle(SubmitDossier command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var idempotencyKey = string.IsNullOrWhiteSpace(command.IdempotencyKey) ? null : command.IdempotencyKey.Trim();
        var requestHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SubmissionRules.Canonical(command))));
        if (idempotencyKey is not null)
        {
            await submissionLock.AcquireAsync(idempotencyKey, cancellationToken);
        }

        if (idempotencyKey is not null && await ReplayAsync(command, idempotencyKey, requestHash, now, cancellationToken) is { } replay)
        {
            return replay;
        }

        var procedure = await db.Procedures
            .Include(p => p.ReceivingUnits).ThenInclude(u => u.Unit)
            .SingleAsync(p => p.Code == command.ProcedureCode, cancellationToken);
        var receiving = procedure.ReceivingUnits
            .Where(u => command.UnitId is null || u.UnitId == command.UnitId)
            .OrderBy(u => u.UnitId)
            .FirstOrDefault() ?? throw new DomainException("Thủ tục chưa có nơi tiếp nhận.");

        var code = await codes.NextAsync(receiving.UnitId, receiving.Unit!.Code, VietnamTime.LocalDate(now), cancellationToken);
        var trackingKey = TrackingKey.New();
        var applicant = new Applicant
        {
            FullName = command.ApplicantName!.Trim(),
            CitizenId = command.CitizenId!,
            DateOfBirth = command.DateOfBirth,
            Phone = command.Phone,
            Email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim(),
            Address = command.Address!.Trim(),
            Commune = string.IsNullOrWhiteSpace(command.Commune) ? null : command.Commune.Trim(),
            Province = string.IsNullOrWhiteSpace(command.Province) ? null : command.Province.Trim(),
        };
        var dossier = Dossier.Create(
            code, TrackingKey.Hash(trackingKey), procedure, receiving.UnitId, Channel.Online,
            SubmissionRules.ParseDelivery(command.DeliveryMethod)!.Value, applicant, now, Actor.Applicant);
        foreach (var file in command.Files)
        {
            dossier.Files.Add(ToRow(file, FileKind.Application, now));
        }

        db.Dossiers.Add(dossier);
        if (idempotencyKey is not null)
        {
            db.SubmissionIdempotencies.Add(new SubmissionIdempotency
            {
                Key = idempotencyKey,
                RequestHash = requestHash,
                Dossier = dossier,
                ProtectedTrackingKey = secrets.Protect(trackingKey, ReplayKeyLifetime),
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SubmissionResult(code, trackingKey, dossier.Status, Replayed: false);
    }

    /// <summary>The key is left empty: EF generates it, and so sees the row as new wherever it is attached.</summary>
    internal static DossierFile ToRow(SubmittedFile file, FileKind kind, DateTimeOffset at) => new()
    {
        Kind = kind,
        PaperId = file.PaperId,
        OriginalName = file.File.OriginalName,
        StoredName = file.File.StoredName,
        ContentType = file.File.ContentType,
        Size = file.File.Size,
        Sha256 = file.File.Sha256,
        UploadedAt = at,
    };

    private async Task<SubmissionResult?> ReplayAsync(
        SubmitDossier command, string key, string requestHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var previous = await db.SubmissionIdempotencies.AsNoTracking()
            .Where(i => i.Key == key)
            .Select(i => new
            {
                i.RequestHash,
                i.ProtectedTrackingKey,
                i.CreatedAt,
                i.Dossier!.Code,
                i.Dossier.Status,
                Stored = i.Dossier.Files.Select(f => f.StoredName).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (previous is null)
        {
            return null;
        }

        if (previous.RequestHash != requestHash)
        {
            throw new DomainException("Khóa chống gửi trùng (Idempotency-Key) đã được dùng cho một hồ sơ khác với nội dung khác.");
        }

        // The retry uploaded its own copies of the files; only the first submission's copies are kept.
        foreach (var file in command.Files.Where(f => !previous.Stored.Contains(f.File.StoredName)))
        {
            files.Delete(file.File.StoredName);
        }

        var trackingKey = previous.ProtectedTrackingKey is { } secret && now - previous.CreatedAt < ReplayKeyLifetime
            ? secrets.Unprotect(secret)
            : null;
        return new SubmissionResult(previous.Code, trackingKey, previous.Status, Replayed: true);
    }
}
