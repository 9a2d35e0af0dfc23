using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UnitDayRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnitDayRollups",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Day = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    Received = table.Column<int>(type: "int", nullable: false),
                    ResolvedEarly = table.Column<int>(type: "int", nullable: false),
                    ResolvedOnTime = table.Column<int>(type: "int", nullable: false),
                    ResolvedLate = table.Column<int>(type: "int", nullable: false),
                    ClosedWithoutResult = table.Column<int>(type: "int", nullable: false),
                    DossiersWithSupplement = table.Column<int>(type: "int", nullable: false),
                    ElectronicResults = table.Column<int>(type: "int", nullable: false),
                    ProcessingWorkingDays = table.Column<long>(type: "bigint", nullable: false),
                    Ratings = table.Column<int>(type: "int", nullable: false),
                    RatingsSatisfied = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitDayRollups", x => new { x.UnitId, x.Day, x.Channel });
                });

            // Databases whose day rows were filled before this table existed: the unit rows are the day rows summed.
            migrationBuilder.Sql(
                """
                INSERT INTO "UnitDayRollups" ("UnitId", "Day", "Channel", "Received", "ResolvedEarly", "ResolvedOnTime", "ResolvedLate",
                    "ClosedWithoutResult", "DossiersWithSupplement", "ElectronicResults", "ProcessingWorkingDays", "Ratings", "RatingsSatisfied")
                SELECT "UnitId", "Day", "Channel", SUM("Received"), SUM("ResolvedEarly"), SUM("ResolvedOnTime"), SUM("ResolvedLate"),
                    SUM("ClosedWithoutResult"), SUM("DossiersWithSupplement"), SUM("ElectronicResults"), SUM("ProcessingWorkingDays"),
                    SUM("Ratings"), SUM("RatingsSatisfied")
                FROM "DayRollups"
                GROUP BY "UnitId", "Day", "Channel";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnitDayRollups");
        }
    }
}
