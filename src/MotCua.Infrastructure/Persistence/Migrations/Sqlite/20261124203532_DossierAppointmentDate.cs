using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DossierAppointmentDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AppointmentDate",
                table: "Dossiers",
                type: "TEXT",
                nullable: true);

            // The effective appointment of existing dossiers: an apology's new date, else the due date (before the
            // index, so the update does not maintain it row by row).
            migrationBuilder.Sql("""UPDATE "Dossiers" SET "AppointmentDate" = COALESCE("ExtendedDueDate", "DueDate") WHERE "DueDate" IS NOT NULL;""");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Status_AppointmentDate_ReceivingUnitId_CurrentUnitId",
                table: "Dossiers",
                columns: new[] { "Status", "AppointmentDate", "ReceivingUnitId", "CurrentUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Status_AppointmentDate_ReceivingUnitId_CurrentUnitId",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "AppointmentDate",
                table: "Dossiers");
        }
    }
}
