using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeriodRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PeriodRollups",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    ProcedureId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    Received = table.Column<int>(type: "int", nullable: false),
                    Refused = table.Column<int>(type: "int", nullable: false),
                    ResolvedEarly = table.Column<int>(type: "int", nullable: false),
                    ResolvedOnTime = table.Column<int>(type: "int", nullable: false),
                    ResolvedLate = table.Column<int>(type: "int", nullable: false),
                    ClosedWithoutResult = table.Column<int>(type: "int", nullable: false),
                    SupplementRequests = table.Column<int>(type: "int", nullable: false),
                    Returned = table.Column<int>(type: "int", nullable: false),
                    ProcessingMinutes = table.Column<long>(type: "bigint", nullable: false),
                    Ratings = table.Column<int>(type: "int", nullable: false),
                    RatingsSatisfied = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodRollups", x => new { x.UnitId, x.ProcedureId, x.Month, x.Channel });
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodRollups_Month_UnitId",
                table: "PeriodRollups",
                columns: new[] { "Month", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeriodRollups");
        }
    }
}
