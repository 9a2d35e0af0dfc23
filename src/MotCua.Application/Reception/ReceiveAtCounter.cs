using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Submissions;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Reception;

/// <summary>A paper of the procedure as checked at the counter.</summary>
public sealed record CounterPaper(int PaperId, bool Received, bool IsOriginal, int Sets);

/// <summary>
/// Tiếp nhận trực tiếp: the dossier is created and accepted at once (the clock starts now), with the papers the
/// officer checked (and their scans, if any, and the person's earlier digitised papers or results the officer chose to
/// reuse) and a new secret lookup key for the receipt.
/// </summary>
public sealed record ReceiveAtCounter(
    string CitizenId,
    string FullName,
    DateOnly? DateOfBirth,
    string? Phone,
    string? Email,
    string? Address,
    int ProcedureId,
    DeliveryMethod DeliveryMethod,
    IReadOnlyList<CounterPaper> Papers,
    IReadOnlyList<SubmittedFile>? Scans = null,
    IReadOnlyList<Guid>? ReusedFileIds = null) : ICommand<CounterReceipt>;

/// <summary>The new dossier's code and its lookup key, shown once on the first print of the receipt.</summary>
public sealed record CounterReceipt(string Code, string TrackingKey);

public sealed class ReceiveAtCounterValidator : AbstractValidator<ReceiveAtCounter>
{
    public ReceiveAtCounterValidator(IAppDbContext db, ICurrentUser user)
    {
        RuleFor(c => c.CitizenId)
            .Must(id => id is { Length: 12 } && id.All(char.IsAsciiDigit))
            .WithMessage("Số CCCD/định danh cá nhân phải gồm đúng 12 chữ số.");
        RuleFor(c => c.FullName)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Vui lòng nhập họ và tên người nộp hồ sơ.")
            .MaximumLength(200).WithMessage("Họ và tên tối đa 200 ký tự.");
        RuleFor(c => c.Phone)
            .Matches(@"^\+?[0-9 .]{8,15}$").When(c => !string.IsNullOrWhiteSpace(c.Phone))
            .WithMessage("Số điện thoại không hợp lệ.");
        RuleFor(c => c.Email)
            .EmailAddress().When(c => !string.IsNullOrWhiteSpace(c.Email))
            .WithMessage("Email không đúng định dạng.")
            .MaximumLength(200);
        RuleFor(c => c.Address).MaximumLength(400).WithMessage("Địa chỉ tối đa 400 ký tự.");
        RuleFor(c => c.DeliveryMethod).IsInEnum().WithMessage("Vui lòng chọn hình thức nhận kết quả.");
        RuleFor(c => c.ProcedureId)
            .MustAsync(async (id, ct) => user.UnitId is { } unitId && await db.Procedures.AnyAsync(
                p => p.Id == id && p.IsActive && p.ReceivingUnits.Any(u => u.UnitId == unitId), ct))
            .WithMessage("Vui lòng chọn một thủ tục mà đơn vị được tiếp nhận.");
        RuleFor(c => c.Papers)
            .Must(papers => papers.Any(p => p.Received))
            .WithMessage("Vui lòng đánh dấu ít nhất một thành phần hồ sơ đã nhận.");
        RuleForEach(c => c.Papers)
            .Must(p => !p.Received || p.Sets is >= 1 and <= 20)
            .WithMessage("Số bộ của mỗi thành phần hồ sơ phải từ 1 đến 20.");
        RuleFor(c => c.ReusedFileIds)
            .Must(ids => ids is null || ids.Count <= 30)
            .WithMessage("Chỉ dùng lại tối đa 30 giấy tờ cho một hồ sơ.");
    }
}

internal sealed class ReceiveAtCounterHandler(
    IAppDbContext db,
    ICurrentUser user,
    IAuditLog audit,
    IDossierCodeAllocator codes,
    IWorkingCalendarProvider calendars,
    TimeProvider clock) : ICommandHandler<ReceiveAtCounter, CounterReceipt>
{
    public async ValueTask<CounterReceipt> Handle(ReceiveAtCounter command, CancellationToken cancellationToken)
    {
        DossierActions.EnsureRole(user.IsInRole(Roles.Reception), "tiếp nhận");
        var unitId = user.UnitId ?? throw new NotFoundException();
        var unitCode = await db.Units.Where(u => u.Id == unitId).Select(u => u.Code).SingleAsync(cancellationToken);
        var procedure = await db.Procedures.AsNoTracking()
            .Include(p => p.Papers)
            .SingleOrDefaultAsync(
                p => p.Id == command.ProcedureId && p.IsActive && p.ReceivingUnits.Any(u => u.UnitId == unitId), cancellationToken)
            ?? throw new NotFoundException("Không tìm thấy thủ tục.");

        var now = clock.GetUtcNow();
        var actor = user.ToActor();
        var key = TrackingKey.New();
        var code = await codes.NextAsync(unitId, unitCode, VietnamTime.LocalDate(now), cancellationToken);
        var applicant = new Applicant
        {
            FullName = command.FullName.Trim(),
            CitizenId = command.CitizenId.Trim(),
            DateOfBirth = command.DateOfBirth,
            Phone = Blank(command.Phone),
            Email = Blank(command.Email),
            Address = Blank(command.Address),
        };
        var dossier = Dossier.Create(
            code, TrackingKey.Hash(key), procedure, unitId, Channel.Counter, command.DeliveryMethod, applicant, now, actor);

        // Only papers of this procedure count; anything else in the post is ignored.
        var ticked = command.Papers.Where(p => p.Received).ToDictionary(p => p.PaperId);
        foreach (var paper in procedure.Papers.OrderBy(p => p.Order).Where(p => ticked.ContainsKey(p.Id)))
        {
            var received = ticked[paper.Id];
            dossier.ReceivedPapers.Add(new ReceivedPaper { Name = paper.Name, IsOriginal = received.IsOriginal, Sets = received.Sets });
        }

        if (dossier.ReceivedPapers.Count == 0)
        {
            throw new ValidationException(
                [new FluentValidation.Results.ValidationFailure(nameof(command.Papers), "Vui lòng đánh dấu ít nhất một thành phần hồ sơ đã nhận.")]);
        }

        CounterScans.Attach(dossier, procedure, ticked.Keys, command.Scans, now);
        await CounterReuse.AttachAsync(db, user, audit, dossier, procedure, command.ReusedFileIds, now, cancellationToken);
        dossier.Accept(now, actor, await calendars.GetAsync(cancellationToken));
        db.Dossiers.Add(dossier);
        audit.Record("dossier.receive", code);
        await db.SaveChangesAsync(cancellationToken);
        return new CounterReceipt(code, key);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
