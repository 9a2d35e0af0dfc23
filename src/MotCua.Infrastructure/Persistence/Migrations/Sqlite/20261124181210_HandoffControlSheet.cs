using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HandoffControlSheet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HandlingUnitId",
                table: "ProcedureStep",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ControlSheetEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    StepOrder = table.Column<int>(type: "INTEGER", nullable: true),
                    StepName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FromUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    HandedOverById = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    HandedOverBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ToUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    HandedOverAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Allotment = table.Column<int>(type: "INTEGER", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlSheetEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ControlSheetEntries_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ControlSheetEntries_Units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ControlSheetEntries_Units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureStep_HandlingUnitId",
                table: "ProcedureStep",
                column: "HandlingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ControlSheetEntries_DossierId_Sequence",
                table: "ControlSheetEntries",
                columns: new[] { "DossierId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ControlSheetEntries_FromUnitId",
                table: "ControlSheetEntries",
                column: "FromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ControlSheetEntries_ToUnitId",
                table: "ControlSheetEntries",
                column: "ToUnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_ProcedureStep_Units_HandlingUnitId",
                table: "ProcedureStep",
                column: "HandlingUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProcedureStep_Units_HandlingUnitId",
                table: "ProcedureStep");

            migrationBuilder.DropTable(
                name: "ControlSheetEntries");

            migrationBuilder.DropIndex(
                name: "IX_ProcedureStep_HandlingUnitId",
                table: "ProcedureStep");

            migrationBuilder.DropColumn(
                name: "HandlingUnitId",
                table: "ProcedureStep");
        }
    }
}
