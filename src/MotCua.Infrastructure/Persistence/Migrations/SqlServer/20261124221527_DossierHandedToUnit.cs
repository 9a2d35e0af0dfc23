using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DossierHandedToUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ReceivingUnitId_CompletedAt_Outcome_SupplementRequestCount_ProcedureId",
                table: "Dossiers");

            migrationBuilder.AddColumn<int>(
                name: "HandedToUnitId",
                table: "Dossiers",
                type: "int",
                nullable: true);

            // Dossiers held now by a unit other than the one that received them (handed over, liên thông).
            migrationBuilder.Sql(
                "UPDATE \"Dossiers\" SET \"HandedToUnitId\" = \"CurrentUnitId\" WHERE \"CurrentUnitId\" <> \"ReceivingUnitId\";");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_HandedToUnitId_CompletedAt_Status",
                table: "Dossiers",
                columns: new[] { "HandedToUnitId", "CompletedAt", "Status" },
                filter: "\"HandedToUnitId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivingUnitId_CompletedAt_Outcome_SupplementRequestCount_ProcedureId_Status",
                table: "Dossiers",
                columns: new[] { "ReceivingUnitId", "CompletedAt", "Outcome", "SupplementRequestCount", "ProcedureId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_HandedToUnitId_CompletedAt_Status",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ReceivingUnitId_CompletedAt_Outcome_SupplementRequestCount_ProcedureId_Status",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "HandedToUnitId",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivingUnitId_CompletedAt_Outcome_SupplementRequestCount_ProcedureId",
                table: "Dossiers",
                columns: new[] { "ReceivingUnitId", "CompletedAt", "Outcome", "SupplementRequestCount", "ProcedureId" });
        }
    }
}
