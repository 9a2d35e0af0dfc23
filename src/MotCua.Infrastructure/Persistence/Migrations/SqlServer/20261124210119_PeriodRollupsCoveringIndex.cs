using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeriodRollupsCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PeriodRollups_Month_UnitId",
                table: "PeriodRollups");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodRollups_Covering",
                table: "PeriodRollups",
                columns: new[] { "UnitId", "Month", "ProcedureId", "Channel", "Received", "ResolvedEarly", "ResolvedOnTime", "ResolvedLate", "ClosedWithoutResult" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PeriodRollups_Covering",
                table: "PeriodRollups");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodRollups_Month_UnitId",
                table: "PeriodRollups",
                columns: new[] { "Month", "UnitId" });
        }
    }
}
