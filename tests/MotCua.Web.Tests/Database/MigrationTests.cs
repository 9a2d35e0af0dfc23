using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Web.Tests.Database;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_create_every_table_on_an_empty_file_and_the_model_has_no_pending_changes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"motcua-migrate-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={path}").Options;
            using (var db = new SqliteAppDbContext(options))
            {
                db.Database.Migrate();
                Assert.Empty(db.Database.GetPendingMigrations());
                Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration.");
                Assert.Equal(0, db.Dossiers.Count());
                Assert.Equal(0, db.Users.Count());
            }

            using var connection = new SqliteConnection($"Data Source={path}");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            var tables = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            Assert.Contains("Dossiers", tables);
            Assert.Contains("Procedures", tables);
            Assert.Contains("AspNetUsers", tables);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void Sql_server_idempotent_migration_script_is_valid_T_SQL()
    {
        var options = new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=unused;Database=MotCua;TrustServerCertificate=True").Options;
        using var db = new SqlServerAppDbContext(options);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration.");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"line {e.Line}: {e.Message}")));
        Assert.Contains("CREATE TABLE [Dossiers]", script, StringComparison.Ordinal);
    }

    /// <summary>The hand-written SQL Server statements (code allocation, rollup upsert) must be valid T-SQL too.</summary>
    [Theory]
    [InlineData("allocator")]
    [InlineData("rollups")]
    [InlineData("submission lock")]
    [InlineData("histogram")]
    [InlineData("unit rollups")]
    [InlineData("day rollups")]
    public void Sql_server_upserts_are_valid_T_SQL(string statement)
    {
        var sql = statement switch
        {
            "allocator" => DossierCodeAllocator.SqlServerSql,
            "submission lock" => SubmissionLock.SqlServerSql,
            "histogram" => MotCua.Infrastructure.Reporting.RollupWriter.SqlServerHistogramUpsert,
            "unit rollups" => MotCua.Infrastructure.Reporting.UnitRollupWriter.SqlServerUpsert,
            "day rollups" => MotCua.Infrastructure.Reporting.RollupWriter.SqlServerDayUpsert,
            _ => MotCua.Infrastructure.Reporting.RollupWriter.SqlServerUpsert,
        };
        sql = System.Text.RegularExpressions.Regex.Replace(sql, @"\{(\d+)\}", "@p$1");

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);

        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"line {e.Line}: {e.Message}")));
    }
}
