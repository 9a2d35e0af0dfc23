using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PaperTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TemplateContentType",
                table: "ProcedurePaper",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TemplateStoredName",
                table: "ProcedurePaper",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcedurePaper_TemplateStoredName",
                table: "ProcedurePaper",
                column: "TemplateStoredName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProcedurePaper_TemplateStoredName",
                table: "ProcedurePaper");

            migrationBuilder.DropColumn(
                name: "TemplateContentType",
                table: "ProcedurePaper");

            migrationBuilder.DropColumn(
                name: "TemplateStoredName",
                table: "ProcedurePaper");
        }
    }
}
