using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MotCua.Infrastructure.Persistence;
using MotCua.Infrastructure.Persistence.Sqlite;
using SQLitePCL;

namespace MotCua.Web.Tests.Database;

/// <summary>
/// The embedded database's pool: a connection lent again keeps the statements it compiled, each run binds its own
/// parameters, and a connection left in a transaction is not lent again.
/// </summary>
public sealed class SqliteConnectionPoolTests : IDisposable
{
    /// <summary>SQLITE_STMTSTATUS_REPREPARE: how many times SQLite compiled a kept statement again.</summary>
    private const int StatementRecompiles = 5;

    /// <summary>SQLITE_STMTSTATUS_RUN: how many times a compiled statement has run.</summary>
    private const int StatementRuns = 6;

    private const string Select = "SELECT \"Name\" FROM \"Things\" WHERE \"Id\" = @id";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"motcua-pool-{Guid.NewGuid():N}.db");
    private readonly SqliteConnectionPool _pool;

    public SqliteConnectionPoolTests()
    {
        _pool = new SqliteConnectionPool($"Data Source={_path}");
        var connection = _pool.Rent();
        // SQLitePCL lists a connection's statements (sqlite3_next_stmt) only if told before they are compiled.
        connection.Handle!.enable_sqlite3_next_stmt(true);
        Execute(connection, "CREATE TABLE \"Things\" (\"Id\" INTEGER PRIMARY KEY, \"Name\" TEXT NOT NULL)");
        Execute(connection, "INSERT INTO \"Things\" VALUES (1, 'một'), (2, 'hai')");
        _pool.Return(connection);
    }

    [Fact]
    public void A_statement_run_again_on_a_lent_connection_is_compiled_once_and_binds_each_runs_values()
    {
        var first = _pool.Rent();
        Assert.Equal("một", Name(first, 1));
        _pool.Return(first);

        var again = _pool.Rent();
        Assert.Same(first, again);
        Assert.Equal("hai", Name(again, 2));
        Assert.Equal("một", Name(again, 1));

        var compiled = Statements(again).Where(s => s.Text == Select).ToList();
        Assert.Single(compiled);
        Assert.Equal(3, compiled[0].Runs);
        Assert.Equal(0, compiled[0].Recompiles);
        _pool.Return(again);
    }

    [Fact]
    public void Two_commands_with_the_same_text_can_read_at_the_same_time()
    {
        var connection = _pool.Rent();
        using var outer = Command(connection, Select, 1);
        using var outerReader = outer.ExecuteReader();
        Assert.True(outerReader.Read());

        Assert.Equal("hai", Name(connection, 2));
        Assert.Equal("một", outerReader.GetString(0));
        _pool.Return(connection);
    }

    [Fact]
    public void A_kept_statement_still_reads_right_after_the_schema_changes()
    {
        var connection = _pool.Rent();
        Assert.Equal("một", Name(connection, 1));
        Execute(connection, "ALTER TABLE \"Things\" ADD COLUMN \"Note\" TEXT");
        Execute(connection, "UPDATE \"Things\" SET \"Name\" = 'một nghìn' WHERE \"Id\" = 1");

        Assert.Equal("một nghìn", Name(connection, 1));
        Assert.Equal(1, Statements(connection).Single(s => s.Text == Select).Recompiles);
        _pool.Return(connection);
    }

    [Fact]
    public void A_connection_returned_inside_a_transaction_is_closed_not_lent_again()
    {
        var connection = _pool.Rent();
        using (connection.BeginTransaction())
        {
            _pool.Return(connection);
        }

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
        Assert.NotSame(connection, _pool.Rent());
    }

    [Fact]
    public void Only_the_most_recently_used_texts_are_kept()
    {
        var connection = _pool.Rent();
        for (var i = 0; i < StatementCachingConnection.Capacity + 10; i++)
        {
            using var command = Command(connection, $"SELECT \"Name\" FROM \"Things\" WHERE \"Id\" = @id AND {i} = {i}", 1);
            Assert.Equal("một", command.ExecuteScalar());
        }

        Assert.Equal(StatementCachingConnection.Capacity, connection.KeptStatements);
        Assert.DoesNotContain(Statements(connection), s => s.Text.EndsWith(" 0 = 0", StringComparison.Ordinal));
        _pool.Return(connection);
    }

    [Fact]
    public async Task Ef_core_queries_of_one_scope_after_another_reuse_the_compiled_statement_without_compiling_it_again()
    {
        var lease = new SqliteConnectionLease(_pool);
        var after = 5;
        await using (var db = Context(lease))
        {
            Assert.Equal(0, await db.Dossiers.CountAsync(d => d.Id > after));
        }

        // The migrations rebuild tables with foreign keys off for a while; the lent connection must get them back on.
        Assert.Equal(1L, Scalar(lease.Connection, "PRAGMA foreign_keys"));
        lease.Dispose();

        var next = new SqliteConnectionLease(_pool);
        await using (var db = Context(next))
        {
            after = 7;
            Assert.Equal(0, await db.Dossiers.CountAsync(d => d.Id > after));
        }

        var count = Statements(next.Connection).Single(s =>
            s.Text.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal) && s.Text.Contains("FROM \"Dossiers\"", StringComparison.Ordinal));
        Assert.Equal(2, count.Runs);
        // A context configured with the connection would add EF Core's SQL functions to it again, and SQLite then
        // discards what it compiled.
        Assert.Equal(0, count.Recompiles);
        next.Dispose();
    }

    public void Dispose()
    {
        _pool.Dispose();
        File.Delete(_path);
    }

    private static SqliteAppDbContext Context(SqliteConnectionLease lease)
    {
        var db = lease.CreateContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite().Options);
        db.Database.Migrate();
        return db;
    }

    private static string? Name(DbConnection connection, int id)
    {
        using var command = Command(connection, Select, id);
        return (string?)command.ExecuteScalar();
    }

    private static DbCommand Command(DbConnection connection, string text, int id)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        return command;
    }

    private static object? Scalar(DbConnection connection, string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        return command.ExecuteScalar();
    }

    private static void Execute(DbConnection connection, string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        command.ExecuteNonQuery();
    }

    /// <summary>The statements compiled on the connection, as SQLite lists them, with how many times each ran.</summary>
    private static List<(string Text, int Runs, int Recompiles)> Statements(SqliteConnection connection)
    {
        var list = new List<(string, int, int)>();
        for (var statement = raw.sqlite3_next_stmt(connection.Handle, null); statement is not null && !statement.IsInvalid;
             statement = raw.sqlite3_next_stmt(connection.Handle, statement))
        {
            list.Add((
                raw.sqlite3_sql(statement).utf8_to_string(),
                raw.sqlite3_stmt_status(statement, StatementRuns, 0),
                raw.sqlite3_stmt_status(statement, StatementRecompiles, 0)));
        }

        return list;
    }
}
