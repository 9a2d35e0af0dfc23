using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Submissions;
using MotCua.Domain.Auditing;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;
using MotCua.Domain.Reporting;
using MotCua.Infrastructure.Identity;
using MotCua.Infrastructure.Reporting;

namespace MotCua.Infrastructure.Persistence;

/// <summary>
/// The one database of the portal, Identity included. Each provider has a subclass with its own migrations
/// folder (SQLite cannot share SQL Server's migrations); the model itself is defined once, here.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IAppDbContext
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Field> Fields => Set<Field>();

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DossierCounter> DossierCounters => Set<DossierCounter>();

    public DbSet<SubmissionIdempotency> SubmissionIdempotencies => Set<SubmissionIdempotency>();

    public DbSet<CalendarOverride> CalendarOverrides => Set<CalendarOverride>();

    public DbSet<PeriodRollup> PeriodRollups => Set<PeriodRollup>();

    public DbSet<PendingByDueDay> PendingByDueDays => Set<PendingByDueDay>();

    public DbSet<UnitMonthRollup> UnitMonthRollups => Set<UnitMonthRollup>();

    public DbSet<ProcessingTimeRollup> ProcessingTimeRollups => Set<ProcessingTimeRollup>();

    public DbSet<RollupStamp> RollupStamps => Set<RollupStamp>();

    public DbSet<CatalogStamp> CatalogStamps => Set<CatalogStamp>();

    public DbSet<DayRollup> DayRollups => Set<DayRollup>();

    public DbSet<ProcessingTimeDayRollup> ProcessingTimeDayRollups => Set<ProcessingTimeDayRollup>();

    public DbSet<UnitDayRollup> UnitDayRollups => Set<UnitDayRollup>();

    /// <summary>
    /// Saves the changes together with what they imply, in one transaction (the command's, or one of its own): the
    /// period rollups and pending counters, so a leader's figures always match the dossiers, and the catalogue's
    /// stamp when the catalogue changed, so every server's copy of it is read again.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var deltas = RollupWriter.TakeDeltas(this);
        var pending = PendingCountWriter.TakeDeltas(this);
        var catalogChanged = CatalogChanged();
        if (deltas.Count == 0 && pending.Count == 0 && !catalogChanged)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await RollupWriter.ApplyAsync(this, deltas, cancellationToken);
        await PendingCountWriter.ApplyAsync(this, pending, cancellationToken);
        await RollupWriter.StampAsync(this, RollupWriter.UnitsOf(deltas, pending), cancellationToken);
        if (catalogChanged)
        {
            await Database.ExecuteSqlRawAsync(RaiseCatalogStamp, cancellationToken);
        }

        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var deltas = RollupWriter.TakeDeltas(this);
        var pending = PendingCountWriter.TakeDeltas(this);
        var catalogChanged = CatalogChanged();
        if (deltas.Count == 0 && pending.Count == 0 && !catalogChanged)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        RollupWriter.Apply(this, deltas);
        PendingCountWriter.Apply(this, pending);
        RollupWriter.Stamp(this, RollupWriter.UnitsOf(deltas, pending));
        if (catalogChanged)
        {
            Database.ExecuteSqlRaw(RaiseCatalogStamp);
        }

        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return saved;
    }

    private const string RaiseCatalogStamp = """UPDATE "CatalogStamps" SET "Version" = "Version" + 1""";

    private bool CatalogChanged() => ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && e.Entity is Procedure or ProcedurePaper or ProcedureStep or ProcedureUnit or Field or Unit);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC DateTime: both providers can then index, compare and order them in SQL
        // (SQLite cannot order DateTimeOffset). The office time zone is fixed (+07:00, no DST).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(400);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 0);
    }
}

/// <summary>
/// SQLite: the scope's connection comes open from <see cref="Sqlite.SqliteConnectionPool"/>, with the statements it
/// compiled for earlier requests.
/// </summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

/// <summary>SQL Server: each query takes a connection from the client's pool and gives it back; the server keeps the plans.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
