using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DossiersWithSupplement",
                table: "PeriodRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ElectronicResults",
                table: "PeriodRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ProcessingWorkingDays",
                table: "PeriodRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "ProcessingTimeRollups",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingTimeRollups", x => new { x.UnitId, x.ProcedureId, x.Month, x.WorkingDays });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivingUnitId_CompletedAt",
                table: "Dossiers",
                columns: new[] { "ReceivingUnitId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivingUnitId_ReceivedAt",
                table: "Dossiers",
                columns: new[] { "ReceivingUnitId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingTimeRollups_Month_UnitId",
                table: "ProcessingTimeRollups",
                columns: new[] { "Month", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProcessingTimeRollups");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ReceivingUnitId_CompletedAt",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ReceivingUnitId_ReceivedAt",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "DossiersWithSupplement",
                table: "PeriodRollups");

            migrationBuilder.DropColumn(
                name: "ElectronicResults",
                table: "PeriodRollups");

            migrationBuilder.DropColumn(
                name: "ProcessingWorkingDays",
                table: "PeriodRollups");
        }
    }
}
