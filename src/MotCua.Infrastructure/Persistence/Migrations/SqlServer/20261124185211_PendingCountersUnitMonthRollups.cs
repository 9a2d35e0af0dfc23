using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PendingCountersUnitMonthRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Status_DueDate_ReceivingUnitId",
                table: "Dossiers");

            migrationBuilder.CreateTable(
                name: "PendingByDueDays",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingByDueDays", x => new { x.UnitId, x.DueDate });
                });

            migrationBuilder.CreateTable(
                name: "UnitMonthRollups",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    Received = table.Column<int>(type: "int", nullable: false),
                    ResolvedEarly = table.Column<int>(type: "int", nullable: false),
                    ResolvedOnTime = table.Column<int>(type: "int", nullable: false),
                    ResolvedLate = table.Column<int>(type: "int", nullable: false),
                    ClosedWithoutResult = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitMonthRollups", x => new { x.UnitId, x.Month, x.Channel });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Status_DueDate_ReceivingUnitId_CurrentUnitId",
                table: "Dossiers",
                columns: new[] { "Status", "DueDate", "ReceivingUnitId", "CurrentUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitMonthRollups_Month_UnitId",
                table: "UnitMonthRollups",
                columns: new[] { "Month", "UnitId" });

            // Existing databases: fill the new counters once from what is already there.
            migrationBuilder.Sql(
                """
                INSERT INTO "PendingByDueDays" ("UnitId", "DueDate", "Count")
                SELECT "ReceivingUnitId", "DueDate", COUNT(*) FROM "Dossiers"
                WHERE "Status" IN (2, 4, 5, 6) AND "DueDate" IS NOT NULL
                GROUP BY "ReceivingUnitId", "DueDate";
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO "UnitMonthRollups" ("UnitId", "Month", "Channel", "Received", "ResolvedEarly", "ResolvedOnTime", "ResolvedLate", "ClosedWithoutResult")
                SELECT "UnitId", "Month", "Channel", SUM("Received"), SUM("ResolvedEarly"), SUM("ResolvedOnTime"), SUM("ResolvedLate"), SUM("ClosedWithoutResult")
                FROM "PeriodRollups" GROUP BY "UnitId", "Month", "Channel";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingByDueDays");

            migrationBuilder.DropTable(
                name: "UnitMonthRollups");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Status_DueDate_ReceivingUnitId_CurrentUnitId",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Status_DueDate_ReceivingUnitId",
                table: "Dossiers",
                columns: new[] { "Status", "DueDate", "ReceivingUnitId" });
        }
    }
}
