using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The leader's "late" and "on time" drill-down lists (GetDrillDown) through an index on the expression they filter
    /// by, so a page reads its 20 dossiers straight from the index in completion order instead of stepping over the
    /// unit's other results (≈ 20 of them for each late one). SQLite matches an expression index only against the same
    /// expression, so it is written as EF Core writes the list's filter; EF Core's model has no expression indexes, hence
    /// raw SQL (a SQLite table rebuild would drop it: <c>DrillDownDatabaseTests</c> checks it is there and used).
    /// </summary>
    public partial class LateListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Dossiers_ReceivingUnitId_Late_CompletedAt" ON "Dossiers" ("ReceivingUnitId", ("Outcome" = 2 OR "SupplementRequestCount" > 1), "CompletedAt")
                WHERE "Outcome" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Dossiers_ReceivingUnitId_Late_CompletedAt";""");
        }
    }
}
