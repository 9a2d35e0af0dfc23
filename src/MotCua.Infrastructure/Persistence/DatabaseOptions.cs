namespace MotCua.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQL Server migrates at start-up only when asked; SQLite always does (it is the embedded default).</summary>
    public bool MigrateOnStartup { get; set; }
}
