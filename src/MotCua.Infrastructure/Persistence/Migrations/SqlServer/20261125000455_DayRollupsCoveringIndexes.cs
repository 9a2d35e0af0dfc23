using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DayRollupsCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_DayRollups",
                table: "DayRollups");

            migrationBuilder.DropIndex(
                name: "IX_DayRollups_UnitId_Day",
                table: "DayRollups");

            migrationBuilder.AddPrimaryKey(
                name: "PK_DayRollups",
                table: "DayRollups",
                columns: new[] { "UnitId", "Day", "ProcedureId", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingTimeDayRollups_Covering",
                table: "ProcessingTimeDayRollups",
                columns: new[] { "UnitId", "Day", "WorkingDays", "Resolved" });

            migrationBuilder.CreateIndex(
                name: "IX_DayRollups_Covering",
                table: "DayRollups",
                columns: new[] { "UnitId", "Day", "ProcedureId", "Channel", "Received", "ResolvedEarly", "ResolvedOnTime", "ResolvedLate", "ClosedWithoutResult", "DossiersWithSupplement", "ElectronicResults", "ProcessingWorkingDays", "Ratings", "RatingsSatisfied" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProcessingTimeDayRollups_Covering",
                table: "ProcessingTimeDayRollups");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DayRollups",
                table: "DayRollups");

            migrationBuilder.DropIndex(
                name: "IX_DayRollups_Covering",
                table: "DayRollups");

            migrationBuilder.AddPrimaryKey(
                name: "PK_DayRollups",
                table: "DayRollups",
                columns: new[] { "UnitId", "ProcedureId", "Day", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_DayRollups_UnitId_Day",
                table: "DayRollups",
                columns: new[] { "UnitId", "Day" });
        }
    }
}
