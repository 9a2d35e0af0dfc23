using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SubmissionIdempotency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SubmissionIdempotencies",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    ProtectedTrackingKey = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionIdempotencies", x => x.Key);
                    table.ForeignKey(
                        name: "FK_SubmissionIdempotencies_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionIdempotencies_CreatedAt",
                table: "SubmissionIdempotencies",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionIdempotencies_DossierId",
                table: "SubmissionIdempotencies",
                column: "DossierId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SubmissionIdempotencies");
        }
    }
}
