using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DrillDownCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ReceivingUnitId_CompletedAt",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ReceivingUnitId_ReceivedAt",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivingUnitId_CompletedAt_Outcome_SupplementRequestCount_ProcedureId",
                table: "Dossiers",
                columns: new[] { "ReceivingUnitId", "CompletedAt", "Outcome", "SupplementRequestCount", "ProcedureId" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivingUnitId_ReceivedAt_ProcedureId",
                table: "Dossiers",
                columns: new[] { "ReceivingUnitId", "ReceivedAt", "ProcedureId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ReceivingUnitId_CompletedAt_Outcome_SupplementRequestCount_ProcedureId",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ReceivingUnitId_ReceivedAt_ProcedureId",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivingUnitId_CompletedAt",
                table: "Dossiers",
                columns: new[] { "ReceivingUnitId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivingUnitId_ReceivedAt",
                table: "Dossiers",
                columns: new[] { "ReceivingUnitId", "ReceivedAt" });
        }
    }
}
