using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace MotCua.Infrastructure.Persistence.Sqlite;

/// <summary>
/// A SQLite connection that keeps the statements it compiled, by SQL text, for the next command with the same text
/// (EF Core sends the same text for each run of a query). SQLite recompiles a kept statement by itself when the schema
/// changes. The commands EF Core creates (<see cref="DbConnection.CreateCommand"/>) borrow a kept statement while they
/// run; the most recently used <see cref="Capacity"/> texts are kept.
/// </summary>
internal sealed class StatementCachingConnection(string connectionString) : SqliteConnection(connectionString)
{
    public const int Capacity = 256;

    private readonly Dictionary<string, LinkedListNode<SqliteCommand>> _byText = new(StringComparer.Ordinal);

    /// <summary>The kept commands, the most recently used first.</summary>
    private readonly LinkedList<SqliteCommand> _recent = new();

    /// <summary>Open and outside any transaction: safe to lend to another scope.</summary>
    public bool IsIdle => State == ConnectionState.Open && Transaction is null;

    public int KeptStatements => _byText.Count;

    protected override DbCommand CreateDbCommand() => new CachedCommand(this);

    /// <summary>The kept command for <paramref name="text"/>, or a new one. It is not lent twice at once.</summary>
    internal SqliteCommand Borrow(string text)
    {
        if (_byText.Remove(text, out var node))
        {
            _recent.Remove(node);
            return node.Value;
        }

        var command = CreateCommand();
        command.CommandText = text;
        return command;
    }

    /// <summary>Keeps a borrowed command for its text, unless one is kept already; the least recently used goes past capacity.</summary>
    internal void GiveBack(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        command.CommandTimeout = DefaultTimeout;
        if (State != ConnectionState.Open || command.CommandText.Length == 0 || _byText.ContainsKey(command.CommandText))
        {
            command.Dispose();
            return;
        }

        _byText[command.CommandText] = _recent.AddFirst(command);
        if (_recent.Count > Capacity && _recent.Last is { } oldest)
        {
            _recent.RemoveLast();
            _byText.Remove(oldest.Value.CommandText);
            oldest.Value.Dispose();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _byText.Clear();
            _recent.Clear();
        }

        // Closing disposes every command made on the connection, the kept ones included.
        base.Dispose(disposing);
    }
}

/// <summary>
/// What EF Core gets for a command on a <see cref="StatementCachingConnection"/>: its text picks the connection's kept
/// command, which runs it, and disposing gives that command back instead of finalizing its statements.
/// </summary>
[SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "Passes on the text EF Core or the caller set.")]
internal sealed class CachedCommand(StatementCachingConnection connection) : DbCommand
{
    private SqliteCommand? _command;
    private SqliteTransaction? _transaction;
    private int? _timeout;

    [AllowNull]
    public override string CommandText
    {
        get => _command?.CommandText ?? string.Empty;
        set
        {
            var text = value ?? string.Empty;
            if (_command?.CommandText == text)
            {
                return;
            }

            var previous = _command;
            _command = connection.Borrow(text);
            if (previous is not null)
            {
                foreach (var parameter in previous.Parameters.Cast<SqliteParameter>().ToList())
                {
                    previous.Parameters.Remove(parameter);
                    _command.Parameters.Add(parameter);
                }

                connection.GiveBack(previous);
            }
        }
    }

    public override int CommandTimeout
    {
        get => _timeout ?? connection.DefaultTimeout;
        set => _timeout = value;
    }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new ArgumentException("SQLite runs text commands only.", nameof(value));
            }
        }
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (value != connection)
            {
                throw new NotSupportedException("A cached command stays on the connection that made it.");
            }
        }
    }

    protected override DbParameterCollection DbParameterCollection => Command.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => _transaction;
        set => _transaction = (SqliteTransaction?)value;
    }

    /// <summary>The borrowed command; one with no text yet until <see cref="CommandText"/> is set.</summary>
    private SqliteCommand Command => _command ??= connection.Borrow(string.Empty);

    public override void Cancel()
    {
    }

    public override void Prepare() => Ready().Prepare();

    public override int ExecuteNonQuery() => Ready().ExecuteNonQuery();

    public override object? ExecuteScalar() => Ready().ExecuteScalar();

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
        Ready().ExecuteNonQueryAsync(cancellationToken);

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) =>
        Ready().ExecuteScalarAsync(cancellationToken);

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Ready().ExecuteReader(behavior);

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        await Ready().ExecuteReaderAsync(behavior, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _command is { } command)
        {
            _command = null;
            connection.GiveBack(command);
        }

        base.Dispose(disposing);
    }

    private SqliteCommand Ready()
    {
        var command = Command;
        command.Transaction = _transaction;
        command.CommandTimeout = CommandTimeout;
        return command;
    }
}
