using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Common;

namespace MotCua.Application.Registers;

/// <summary>
/// The register (Form 07) of a period for the Excel file. The file carries personal data (addresses, phones), so
/// each export is audited. It is capped at <see cref="MaxRows"/> lines, read from the database in batches of
/// <see cref="BatchSize"/>: a larger period is refused with a request to choose a shorter one, so one request never
/// loads the million dossiers of a province.
/// </summary>
public sealed record ExportDossierRegister(DateOnly From, DateOnly To) : IQuery<DossierRegisterExport>;

public sealed record DossierRegisterExport(string UnitName, DateOnly From, DateOnly To, IReadOnlyList<RegisterRow> Rows);

public sealed class ExportDossierRegisterValidator : AbstractValidator<ExportDossierRegister>
{
    public ExportDossierRegisterValidator() => RegisterPeriod.Rules(this, q => q.From, q => q.To);
}

internal sealed class ExportDossierRegisterHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<ExportDossierRegister, DossierRegisterExport>
{
    public const int MaxRows = 20_000;
    public const int BatchSize = 2_000;

    public async ValueTask<DossierRegisterExport> Handle(ExportDossierRegister query, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId ?? throw new NotFoundException();
        var received = RegisterPeriod.Received(db, unitId, query.From, query.To);
        var total = await received.CountAsync(cancellationToken);
        if (total > MaxRows)
        {
            throw new DomainException(
                $"Sổ theo dõi của khoảng thời gian này có {total:N0} hồ sơ, vượt quá {MaxRows:N0} dòng của một tệp Excel. Vui lòng chọn khoảng thời gian ngắn hơn.");
        }

        var rows = new List<RegisterRow>(total);
        while (rows.Count < total)
        {
            var batch = await RegisterPeriod.Rows(db, received, rows.Count, BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var offset = rows.Count;
            rows.AddRange([.. batch.Select((r, i) => r.ToRow(offset + i + 1))]);
        }

        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
        audit.Record("register.export", unitName, $"{VietnamTime.Format(query.From)}–{VietnamTime.Format(query.To)}, {rows.Count} hồ sơ");
        await db.SaveChangesAsync(cancellationToken);
        return new DossierRegisterExport(unitName, query.From, query.To, rows);
    }
}
