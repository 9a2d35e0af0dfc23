using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Auditing;
using MotCua.Domain.Reporting;

namespace MotCua.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Detail).HasMaxLength(2000);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.UserId, a.At });
    }
}

internal sealed class DossierCounterConfiguration : IEntityTypeConfiguration<DossierCounter>
{
    public void Configure(EntityTypeBuilder<DossierCounter> builder) => builder.HasKey(c => new { c.UnitId, c.Day });
}

internal sealed class PeriodRollupConfiguration : IEntityTypeConfiguration<PeriodRollup>
{
    public void Configure(EntityTypeBuilder<PeriodRollup> builder)
    {
        builder.HasKey(r => new { r.UnitId, r.ProcedureId, r.Month, r.Channel });
        // Covers the per-procedure sums of the dashboard and the report by field (units × month range): read from
        // the index alone, without a table lookup per row.
        builder.HasIndex(r => new
        {
            r.UnitId, r.Month, r.ProcedureId, r.Channel, r.Received, r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate,
            r.ClosedWithoutResult,
        }).HasDatabaseName("IX_PeriodRollups_Covering");
        builder.Ignore(r => r.Resolved);
    }
}

internal sealed class RollupStampConfiguration : IEntityTypeConfiguration<RollupStamp>
{
    public void Configure(EntityTypeBuilder<RollupStamp> builder)
    {
        builder.HasKey(s => s.UnitId);
        builder.Property(s => s.UnitId).ValueGeneratedNever();
    }
}

internal sealed class PendingByDueDayConfiguration : IEntityTypeConfiguration<PendingByDueDay>
{
    public void Configure(EntityTypeBuilder<PendingByDueDay> builder) => builder.HasKey(p => new { p.UnitId, p.DueDate });
}

internal sealed class UnitMonthRollupConfiguration : IEntityTypeConfiguration<UnitMonthRollup>
{
    public void Configure(EntityTypeBuilder<UnitMonthRollup> builder)
    {
        builder.HasKey(r => new { r.UnitId, r.Month, r.Channel });
        builder.HasIndex(r => new { r.Month, r.UnitId });
    }
}

internal sealed class ProcessingTimeRollupConfiguration : IEntityTypeConfiguration<ProcessingTimeRollup>
{
    public void Configure(EntityTypeBuilder<ProcessingTimeRollup> builder)
    {
        builder.HasKey(r => new { r.UnitId, r.Month, r.WorkingDays });
        builder.HasIndex(r => new { r.Month, r.UnitId });
    }
}

internal sealed class DayRollupConfiguration : IEntityTypeConfiguration<DayRollup>
{
    public void Configure(EntityTypeBuilder<DayRollup> builder)
    {
        // The edge days of a custom range are read per unit and span of days: keyed in that order (clustered on SQL
        // Server), and covered by an index holding every counter, so SQLite reads them from the index alone too.
        builder.HasKey(r => new { r.UnitId, r.Day, r.ProcedureId, r.Channel });
        builder.HasIndex(r => new
        {
            r.UnitId, r.Day, r.ProcedureId, r.Channel, r.Received, r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate,
            r.ClosedWithoutResult, r.DossiersWithSupplement, r.ElectronicResults, r.ProcessingWorkingDays, r.Ratings, r.RatingsSatisfied,
        }).HasDatabaseName("IX_DayRollups_Covering");
    }
}

internal sealed class ProcessingTimeDayRollupConfiguration : IEntityTypeConfiguration<ProcessingTimeDayRollup>
{
    public void Configure(EntityTypeBuilder<ProcessingTimeDayRollup> builder)
    {
        builder.HasKey(r => new { r.UnitId, r.Day, r.WorkingDays });
        builder.HasIndex(r => new { r.UnitId, r.Day, r.WorkingDays, r.Resolved }).HasDatabaseName("IX_ProcessingTimeDayRollups_Covering");
    }
}

internal sealed class UnitDayRollupConfiguration : IEntityTypeConfiguration<UnitDayRollup>
{
    public void Configure(EntityTypeBuilder<UnitDayRollup> builder) => builder.HasKey(r => new { r.UnitId, r.Day, r.Channel });
}
