using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfficerNamesView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
