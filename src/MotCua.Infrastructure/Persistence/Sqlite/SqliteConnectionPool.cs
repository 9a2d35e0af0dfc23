using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MotCua.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The embedded database's connections, opened once and lent to one scope (one request) at a time. SQLite compiles a
/// statement on the connection that runs it, and Microsoft.Data.Sqlite throws compiled statements away when a
/// connection closes, so every request compiled every statement again: planning the drill-down list over the dossier
/// table's indexes took about as long as running it. A kept connection keeps what it compiled
/// (<see cref="StatementCachingConnection"/>). SQL Server keeps plans on the server and needs none of this.
/// </summary>
internal sealed class SqliteConnectionPool : IDisposable
{
    /// <summary>
    /// Connections kept idle at most; a burst beyond it opens more, closed again when they come back. Each keeps up to
    /// <see cref="StatementCachingConnection.Capacity"/> statements of about 2 to 15 KB (the drill-down list: 13 KB).
    /// </summary>
    private const int MaxIdle = 16;

    /// <summary>
    /// Set on each connection when it opens. WAL lets readers run beside the single writer; synchronous=NORMAL is safe
    /// with WAL and much faster; busy_timeout makes concurrent writers wait instead of failing with SQLITE_BUSY.
    /// </summary>
    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    private readonly ConcurrentBag<StatementCachingConnection> _idle = [];
    private readonly string _connectionString;
    private volatile bool _disposed;

    public SqliteConnectionPool(string connectionString) =>
        // This pool keeps the connections; Microsoft.Data.Sqlite's own would only add a lock to each open and close.
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();

    public StatementCachingConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var idle))
        {
            return idle;
        }

        var connection = new StatementCachingConnection(_connectionString);
        try
        {
            connection.Open();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = Pragmas;
                command.ExecuteNonQuery();
            }

            AddEfCoreFunctions(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Takes a connection back, unless it is closed, still in a transaction, or one too many.</summary>
    public void Return(StatementCachingConnection connection)
    {
        if (_disposed || !connection.IsIdle || _idle.Count >= MaxIdle)
        {
            connection.Dispose();
            return;
        }

        _idle.Add(connection);
        if (_disposed)
        {
            CloseIdle();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        CloseIdle();
    }

    /// <summary>
    /// EF Core's SQL functions (decimal arithmetic and comparison, regexp) are added to a connection by a context
    /// configured with it, here once. The scopes' contexts are handed their connection afterwards
    /// (<c>SetDbConnection</c>), which adds nothing: adding a function again makes SQLite discard every compiled statement.
    /// </summary>
    private static void AddEfCoreFunctions(SqliteConnection connection)
    {
        using var context = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options);
        context.GetService<IRelationalConnection>();
    }

    private void CloseIdle()
    {
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }
}

/// <summary>
/// The connection of one scope: rented when the scope's database context is made, returned when the scope ends
/// (after the context, which the scope made later and so disposes first).
/// </summary>
internal sealed class SqliteConnectionLease(SqliteConnectionPool pool) : IDisposable
{
    private StatementCachingConnection? _connection;

    public StatementCachingConnection Connection => _connection ??= pool.Rent();

    /// <summary>
    /// A context on the lent connection. The connection is set, not configured (<c>UseSqlite(connection)</c>), which
    /// would add EF Core's functions to it again (see <see cref="SqliteConnectionPool"/>).
    /// </summary>
    public SqliteAppDbContext CreateContext(DbContextOptions<SqliteAppDbContext> options)
    {
        var db = new SqliteAppDbContext(options);
        db.Database.SetDbConnection(Connection);
        return db;
    }

    public void Dispose()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            pool.Return(connection);
        }
    }
}
