using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MotCua.Application.Submissions;
using MotCua.Domain.Auditing;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using MotCua.Domain.Reporting;
using MotCua.Domain.Units;

namespace MotCua.Application.Common;

/// <summary>The database as handlers see it. Handlers use it directly: no repository layer.</summary>
public interface IAppDbContext
{
    DbSet<Unit> Units { get; }

    DbSet<Field> Fields { get; }

    DbSet<Procedure> Procedures { get; }

    DbSet<Dossier> Dossiers { get; }

    DbSet<SubmissionIdempotency> SubmissionIdempotencies { get; }

    DbSet<PeriodRollup> PeriodRollups { get; }

    DbSet<PendingByDueDay> PendingByDueDays { get; }

    DbSet<UnitMonthRollup> UnitMonthRollups { get; }

    DbSet<ProcessingTimeRollup> ProcessingTimeRollups { get; }

    DbSet<RollupStamp> RollupStamps { get; }

    DbSet<CatalogStamp> CatalogStamps { get; }

    DbSet<DayRollup> DayRollups { get; }

    DbSet<ProcessingTimeDayRollup> ProcessingTimeDayRollups { get; }

    DbSet<UnitDayRollup> UnitDayRollups { get; }

    DbSet<CalendarOverride> CalendarOverrides { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
