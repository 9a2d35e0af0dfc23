using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitQualityCountersUnitHistogram : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The histogram loses its procedure: fold each (unit, month, days) group into the row of its lowest
            // procedure id before the key changes, so the rebuilt table keeps every result counted once.
            migrationBuilder.Sql(
                """
                UPDATE "ProcessingTimeRollups" SET "Resolved" = (SELECT SUM(h."Resolved") FROM "ProcessingTimeRollups" h
                    WHERE h."UnitId" = "ProcessingTimeRollups"."UnitId" AND h."Month" = "ProcessingTimeRollups"."Month"
                    AND h."WorkingDays" = "ProcessingTimeRollups"."WorkingDays")
                WHERE "ProcedureId" = (SELECT MIN(h."ProcedureId") FROM "ProcessingTimeRollups" h
                    WHERE h."UnitId" = "ProcessingTimeRollups"."UnitId" AND h."Month" = "ProcessingTimeRollups"."Month"
                    AND h."WorkingDays" = "ProcessingTimeRollups"."WorkingDays");
                DELETE FROM "ProcessingTimeRollups" WHERE "ProcedureId" <> (SELECT MIN(h."ProcedureId") FROM "ProcessingTimeRollups" h
                    WHERE h."UnitId" = "ProcessingTimeRollups"."UnitId" AND h."Month" = "ProcessingTimeRollups"."Month"
                    AND h."WorkingDays" = "ProcessingTimeRollups"."WorkingDays");
                """);

            migrationBuilder.AddColumn<int>(
                name: "DossiersWithSupplement",
                table: "UnitMonthRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ElectronicResults",
                table: "UnitMonthRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ProcessingWorkingDays",
                table: "UnitMonthRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "Ratings",
                table: "UnitMonthRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RatingsSatisfied",
                table: "UnitMonthRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The unit-month rows are by definition the per-procedure rows summed: rebuild them with the new counters
            // (months with only ratings or supplements had no row before).
            migrationBuilder.Sql(
                """
                DELETE FROM "UnitMonthRollups";
                INSERT INTO "UnitMonthRollups" ("UnitId", "Month", "Channel", "Received", "ResolvedEarly", "ResolvedOnTime",
                    "ResolvedLate", "ClosedWithoutResult", "DossiersWithSupplement", "ElectronicResults", "ProcessingWorkingDays",
                    "Ratings", "RatingsSatisfied")
                SELECT "UnitId", "Month", "Channel", SUM("Received"), SUM("ResolvedEarly"), SUM("ResolvedOnTime"), SUM("ResolvedLate"),
                    SUM("ClosedWithoutResult"), SUM("DossiersWithSupplement"), SUM("ElectronicResults"), SUM("ProcessingWorkingDays"),
                    SUM("Ratings"), SUM("RatingsSatisfied")
                FROM "PeriodRollups"
                GROUP BY "UnitId", "Month", "Channel"
                HAVING SUM("Received") <> 0 OR SUM("ResolvedEarly") <> 0 OR SUM("ResolvedOnTime") <> 0 OR SUM("ResolvedLate") <> 0
                    OR SUM("ClosedWithoutResult") <> 0 OR SUM("DossiersWithSupplement") <> 0 OR SUM("ElectronicResults") <> 0
                    OR SUM("ProcessingWorkingDays") <> 0 OR SUM("Ratings") <> 0 OR SUM("RatingsSatisfied") <> 0;
                """);

            migrationBuilder.DropPrimaryKey(
                name: "PK_ProcessingTimeRollups",
                table: "ProcessingTimeRollups");

            migrationBuilder.DropColumn(
                name: "ProcedureId",
                table: "ProcessingTimeRollups");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ProcessingTimeRollups",
                table: "ProcessingTimeRollups",
                columns: new[] { "UnitId", "Month", "WorkingDays" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_ProcessingTimeRollups",
                table: "ProcessingTimeRollups");

            migrationBuilder.DropColumn(
                name: "DossiersWithSupplement",
                table: "UnitMonthRollups");

            migrationBuilder.DropColumn(
                name: "ElectronicResults",
                table: "UnitMonthRollups");

            migrationBuilder.DropColumn(
                name: "ProcessingWorkingDays",
                table: "UnitMonthRollups");

            migrationBuilder.DropColumn(
                name: "Ratings",
                table: "UnitMonthRollups");

            migrationBuilder.DropColumn(
                name: "RatingsSatisfied",
                table: "UnitMonthRollups");

            migrationBuilder.AddColumn<int>(
                name: "ProcedureId",
                table: "ProcessingTimeRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_ProcessingTimeRollups",
                table: "ProcessingTimeRollups",
                columns: new[] { "UnitId", "ProcedureId", "Month", "WorkingDays" });
        }
    }
}
