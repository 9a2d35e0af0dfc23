using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Web.Tests.Database;

/// <summary>
/// What EF Core does on one database file while this lives, from its diagnostic events (any thread, any context): the
/// statements it runs, with their parameters, and how many times it opens a connection.
/// </summary>
public sealed class DatabaseEvents : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ConcurrentQueue<Command> _commands = new();
    private int _opened;

    public DatabaseEvents(string database)
    {
        _database = Path.GetFullPath(database);
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public sealed record Command(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    public IReadOnlyList<Command> Commands => [.. _commands];

    public int ConnectionsOpened => Volatile.Read(ref _opened);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData { Command: DbCommand command }
            && IsOurs(command.Connection))
        {
            _commands.Enqueue(new Command(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        }
        else if (e.Key == RelationalEventId.ConnectionOpened.Name && e.Value is ConnectionEndEventData { Connection: var connection }
            && IsOurs(connection))
        {
            Interlocked.Increment(ref _opened);
        }
    }

    public void OnCompleted()
    {
    }

    /// <summary>SQLite's plan for a statement EF Core sent, one line per step (EXPLAIN QUERY PLAN with its parameters).</summary>
    public string QueryPlan(Command sent)
    {
        using var connection = new SqliteConnection($"Data Source={_database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sent.Text;
        foreach (var (name, value) in sent.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(reader.GetString(3));
        }

        return string.Join('\n', lines);
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }

    private bool IsOurs(DbConnection? connection) =>
        connection is SqliteConnection { DataSource: { Length: > 0 } source } && Path.GetFullPath(source) == _database;
}
