using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssigneeListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_AssigneeId_Status",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AssigneeId_Status_AppointmentDate_ReceivingUnitId_CurrentUnitId",
                table: "Dossiers",
                columns: new[] { "AssigneeId", "Status", "AppointmentDate", "ReceivingUnitId", "CurrentUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_AssigneeId_Status_AppointmentDate_ReceivingUnitId_CurrentUnitId",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AssigneeId_Status",
                table: "Dossiers",
                columns: new[] { "AssigneeId", "Status" });
        }
    }
}
