using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Seeding;

/// <summary>
/// Inserts many rows of a mapped entity with one reused INSERT command per table inside one transaction, reading the
/// columns, owned types and value conversions from the EF model (so it follows the model as it changes), with
/// parameters made by EF's own type mappings. Tens of times faster than change tracking for demo and benchmark data.
/// Keys must be set by the caller.
/// </summary>
internal sealed class BulkInserter(AppDbContext db)
{
    public async Task InsertAsync<T>(IEnumerable<T> rows, DbTransaction transaction, CancellationToken cancellationToken)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = Columns(entityType, table, owner: null).ToList();
        var sql = db.Database.GenerateInsert(table.Name, columns.Select(c => c.Name).ToList());
        if (db.Database.IsSqlServer() && entityType.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key]
            && key.ClrType == typeof(long))
        {
            sql = $"SET IDENTITY_INSERT [{table.Name}] ON; {sql}; SET IDENTITY_INSERT [{table.Name}] OFF;";
        }

        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                command.Parameters.Add(column.Mapping.CreateParameter(command, $"@p{i}", column.Read(row), nullable: true));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static IEnumerable<Column> Columns(IEntityType entityType, StoreObjectIdentifier table, Func<object, object?>? owner)
    {
        foreach (var property in entityType.GetProperties())
        {
            if (owner is not null && property.IsPrimaryKey())
            {
                continue; // an owned type's key is the owner's key, already written
            }

            var getter = property.GetGetter();
            Func<object, object?> read = owner is null
                ? getter.GetClrValueUsingContainingEntity
                : e => owner(e) is { } owned ? getter.GetClrValue(owned) : null;
            yield return new Column(property.GetColumnName(table)!, property.GetRelationalTypeMapping(), read);
        }

        foreach (var navigation in entityType.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
        {
            var navigationGetter = navigation.GetGetter();
            foreach (var column in Columns(navigation.TargetEntityType, table, navigationGetter.GetClrValueUsingContainingEntity))
            {
                yield return column;
            }
        }
    }

    private sealed record Column(string Name, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping Mapping, Func<object, object?> Read);
}

internal static class InsertSql
{
    public static string GenerateInsert(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database, string table, IReadOnlyList<string> columns)
    {
        var quote = database.IsSqlServer() ? (Func<string, string>)(n => $"[{n}]") : n => $"\"{n}\"";
        return $"INSERT INTO {quote(table)} ({string.Join(", ", columns.Select(quote))}) " +
               $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
    }
}
