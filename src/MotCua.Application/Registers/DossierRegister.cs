using System.Linq.Expressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Registers;

/// <summary>
/// Form 07 (Sổ theo dõi hồ sơ) of the officer's unit: the dossiers it received in a period of local dates, with the
/// legal columns, oldest first, one page at a time. Only the receiving unit's officers see it, which is why the
/// applicant's address and phone (personal data) are shown.
/// </summary>
public sealed record GetDossierRegister(DateOnly From, DateOnly To, int Page) : IQuery<DossierRegisterPage>
{
    public const int PageSize = 50;
}

/// <summary>One line of the register; <see cref="Number"/> is the STT over the whole period.</summary>
public sealed record RegisterRow(
    int Number,
    string Code,
    string ProcedureName,
    int Sets,
    string ApplicantName,
    string? Address,
    string? Phone,
    DateTimeOffset ReceivedAt,
    DateOnly? DueDate,
    DateOnly? ExtendedDueDate,
    DateTimeOffset? SentToProcessingAt,
    DateTimeOffset? ResultAt,
    DateTimeOffset? ReturnedAt,
    string? ReturnedTo,
    DossierStatus Status);

public sealed record DossierRegisterPage(
    string UnitName, DateOnly From, DateOnly To, IReadOnlyList<RegisterRow> Rows, int Page, int Total)
{
    public int Pages => Paging.Pages(Total, GetDossierRegister.PageSize);
}

public sealed class GetDossierRegisterValidator : AbstractValidator<GetDossierRegister>
{
    public GetDossierRegisterValidator() => RegisterPeriod.Rules(this, q => q.From, q => q.To);
}

internal sealed class GetDossierRegisterHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<GetDossierRegister, DossierRegisterPage>
{
    public async ValueTask<DossierRegisterPage> Handle(GetDossierRegister query, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId ?? throw new NotFoundException();
        var received = RegisterPeriod.Received(db, unitId, query.From, query.To);
        var total = await received.CountAsync(cancellationToken);
        var page = Paging.Clamp(query.Page, total, GetDossierRegister.PageSize);
        var skip = (page - 1) * GetDossierRegister.PageSize;
        var rows = await RegisterPeriod.Rows(db, received, skip, GetDossierRegister.PageSize).ToListAsync(cancellationToken);
        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);

        // The page shows addresses and phones: the view is audited like a dossier's.
        audit.Record("register.view", unitName, $"{VietnamTime.Format(query.From)}–{VietnamTime.Format(query.To)}, trang {page}");
        await db.SaveChangesAsync(cancellationToken);
        return new DossierRegisterPage(
            unitName, query.From, query.To, [.. rows.Select((r, i) => r.ToRow(skip + i + 1))], page, total);
    }
}

/// <summary>The period filter and the row projection shared by the page and the Excel export.</summary>
internal static class RegisterPeriod
{
    /// <summary>The longest period one register page or file covers.</summary>
    public const int MaxDays = 366;

    public static void Rules<T>(AbstractValidator<T> validator, Func<T, DateOnly> from, Expression<Func<T, DateOnly>> to) =>
        validator.RuleFor(to)
            .Must((q, end) => end >= from(q)).WithMessage("Ngày kết thúc phải từ ngày bắt đầu trở đi.")
            .Must((q, end) => end.DayNumber - from(q).DayNumber < MaxDays)
            .WithMessage("Mỗi lần xem sổ theo dõi tối đa 366 ngày; vui lòng chọn khoảng thời gian ngắn hơn.");

    /// <summary>
    /// Received (accepted) by the unit between the two local dates, inclusive: counted and paged from the
    /// (ReceivingUnitId, ReceivedAt, ProcedureId) index alone. (A bound on the submission time, once added for an older
    /// index, made SQLite read every row of the period to test it: a month of the largest commune at 10M, 40 ms.)
    /// </summary>
    public static IQueryable<Dossier> Received(IAppDbContext db, int unitId, DateOnly from, DateOnly to)
    {
        var start = VietnamTime.At(from, TimeOnly.MinValue);
        var end = VietnamTime.At(to.AddDays(1), TimeOnly.MinValue);
        return db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivingUnitId == unitId && d.ReceivedAt >= start && d.ReceivedAt < end);
    }

    public static IQueryable<RegisterData> Rows(IAppDbContext db, IQueryable<Dossier> received, int skip, int take) =>
        (from d in received
         join p in db.Procedures on d.ProcedureId equals p.Id
         orderby d.ReceivedAt, d.Id
         select new RegisterData
         {
             Code = d.Code,
             ProcedureName = p.Name,
             Sets = d.ReceivedPapers.Select(x => (int?)x.Sets).Max() ?? 1,
             ApplicantName = d.Applicant.FullName,
             Address = d.Applicant.Address,
             Phone = d.Applicant.Phone,
             ReceivedAt = d.ReceivedAt,
             DueDate = d.DueDate,
             ExtendedDueDate = d.ExtendedDueDate,
             // The control sheet (Form 06), once the dossier has one, records the hand-over to the processing
             // stage (row 1, from the one-stop section); the register states the same moment. Without a sheet, the
             // dossier stayed in the unit and was handed over when processing started.
             SentToProcessingAt = d.ControlSheet.OrderBy(r => r.Sequence).Select(r => (DateTimeOffset?)r.HandedOverAt).FirstOrDefault()
                 ?? d.Transitions.Where(t => t.To == DossierStatus.InProcessing)
                     .OrderBy(t => t.At).Select(t => (DateTimeOffset?)t.At).FirstOrDefault(),
             ResultAt = d.Transitions.Where(t => t.To == DossierStatus.Resolved)
                 .OrderBy(t => t.At).Select(t => (DateTimeOffset?)t.At).FirstOrDefault(),
             ReturnedAt = d.ReturnedAt,
             ReturnedTo = d.ReturnedTo,
             Status = d.Status,
         })
        .Skip(skip)
        .Take(take);
}

internal sealed class RegisterData
{
    public required string Code { get; init; }

    public required string ProcedureName { get; init; }

    public int Sets { get; init; }

    public required string ApplicantName { get; init; }

    public string? Address { get; init; }

    public string? Phone { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public DateOnly? DueDate { get; init; }

    public DateOnly? ExtendedDueDate { get; init; }

    public DateTimeOffset? SentToProcessingAt { get; init; }

    public DateTimeOffset? ResultAt { get; init; }

    public DateTimeOffset? ReturnedAt { get; init; }

    public string? ReturnedTo { get; init; }

    public DossierStatus Status { get; init; }

    public RegisterRow ToRow(int number) => new(
        number, Code, ProcedureName, Sets, ApplicantName, Address, Phone, ReceivedAt ?? default, DueDate, ExtendedDueDate,
        SentToProcessingAt, ResultAt, ReturnedAt, ReturnedTo, Status);
}
