using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Tests.Leader;

/// <summary>
/// The late and on-time drill-down lists read their page through the SQLite index on the expression they filter by
/// (migration LateListIndex): the statement EF Core sends for the page is planned with that index and needs no sort of
/// its own, and the page still lists the right dossiers in order. The index is matched by its expression, so a change
/// in how EF Core writes the filter, or a table rebuild that drops the index, fails here.
/// </summary>
public sealed class DrillDownIndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Index = "IX_Dossiers_ReceivingUnitId_Late_CompletedAt";

    [Theory]
    [InlineData("Late")]
    [InlineData("OnTime")]
    public async Task A_communes_late_or_on_time_list_reads_its_page_through_the_late_index(string kind)
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var from = today.AddMonths(-11);
        var client = FormClient.For(factory);
        await client.LoginAsync("lanhdao.xa@motcua.local");
        var (start, end) = (VietnamTime.At(new DateOnly(from.Year, from.Month, 1), TimeOnly.MinValue),
            VietnamTime.At(new DateOnly(today.Year, today.Month, 1).AddMonths(1), TimeOnly.MinValue));
        var expected = factory.WithDb(db =>
        {
            var unitId = db.Users.Single(u => u.Email == "lanhdao.xa@motcua.local").UnitId;
            return db.Dossiers.AsNoTracking().Where(d => d.ReceivingUnitId == unitId).ToList()
                .Where(d => d.Outcome != null && d.CompletedAt >= start && d.CompletedAt < end)
                .Where(d => (d.Outcome == Timeliness.Late || d.SupplementRequestCount > 1) == (kind == "Late"))
                .OrderByDescending(d => d.CompletedAt).ThenByDescending(d => d.Id).Select(d => d.Code).Take(20).ToList();
        });

        using var commands = new CommandRecorder(factory.DatabasePath);
        var page = await client.GetPageAsync($"/lanh-dao/ho-so?tu={from:yyyy-MM}&den={today:yyyy-MM}&loai={kind}");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, DashboardTests.Rows(page, "dossier-list").Select(r => r[0]));
        var list = Assert.Single(commands.Sent, c => c.Text.Contains("LIMIT 20 OFFSET", StringComparison.Ordinal));
        var plan = QueryPlan(list);
        Assert.Contains($"USING INDEX {Index} (ReceivingUnitId=? AND <expr>=?", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("RIGHT PART OF ORDER BY", plan, StringComparison.Ordinal);
    }

    private string QueryPlan(SentCommand sent)
    {
        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
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

    private sealed record SentCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>The statements EF Core runs on one database file while it lives (its diagnostic events, any thread).</summary>
    private sealed class CommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly List<IDisposable> _subscriptions = [];
        private readonly ConcurrentQueue<SentCommand> _sent = new();

        public CommandRecorder(string database)
        {
            _database = Path.GetFullPath(database);
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public IReadOnlyList<SentCommand> Sent => [.. _sent];

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
                && command.Connection is SqliteConnection { DataSource: { } source } && Path.GetFullPath(source) == _database)
            {
                _sent.Enqueue(new SentCommand(command.CommandText,
                    [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
            }
        }

        public void OnCompleted()
        {
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
    }
}
