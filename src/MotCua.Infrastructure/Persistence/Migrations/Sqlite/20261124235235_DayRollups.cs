using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DayRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DayRollups",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedEarly = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedLate = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedWithoutResult = table.Column<int>(type: "INTEGER", nullable: false),
                    DossiersWithSupplement = table.Column<int>(type: "INTEGER", nullable: false),
                    ElectronicResults = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessingWorkingDays = table.Column<long>(type: "INTEGER", nullable: false),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false),
                    RatingsSatisfied = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DayRollups", x => new { x.UnitId, x.ProcedureId, x.Day, x.Channel });
                });

            migrationBuilder.CreateTable(
                name: "ProcessingTimeDayRollups",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingTimeDayRollups", x => new { x.UnitId, x.Day, x.WorkingDays });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DayRollups_UnitId_Day",
                table: "DayRollups",
                columns: new[] { "UnitId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DayRollups");

            migrationBuilder.DropTable(
                name: "ProcessingTimeDayRollups");
        }
    }
}
