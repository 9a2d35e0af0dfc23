using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PendingIndexWithUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Status_DueDate",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Status_DueDate_ReceivingUnitId",
                table: "Dossiers",
                columns: new[] { "Status", "DueDate", "ReceivingUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Status_DueDate_ReceivingUnitId",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Status_DueDate",
                table: "Dossiers",
                columns: new[] { "Status", "DueDate" });
        }
    }
}
