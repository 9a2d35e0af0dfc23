using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MotCua.Application.Common.Files;
using MotCua.Application.Common.Security;
using MotCua.Infrastructure.Identity;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Infrastructure.Seeding;

/// <summary>Fills an empty database with a province that feels like a real office: units, catalogue, officers, dossiers.</summary>
public sealed class DemoDataSeeder(
    AppDbContext db,
    UserManager<AppUser> users,
    DemoDossierGenerator dossiers,
    IFileStore store,
    ILogger<DemoDataSeeder> logger)
{
    public const string DemoPassword = "MotCua@2026";

    public async Task SeedAsync(int dossierCount, CancellationToken cancellationToken = default)
    {
        if (!await db.Units.AnyAsync(cancellationToken))
        {
            var org = DemoOrganisation.Build();
            db.Units.AddRange(org.All);
            var fields = DemoCatalog.Fields();
            db.Fields.AddRange(fields);
            var procedures = DemoCatalog.Procedures(fields, org);
            await DemoTemplates.AttachAsync(procedures, store, cancellationToken);
            db.Procedures.AddRange(procedures);
            await db.SaveChangesAsync(cancellationToken);
            await SeedOfficersAsync(org);
            logger.LogInformation("Demo organisation, catalogue and officers seeded");
        }

        await dossiers.GenerateAsync(dossierCount, cancellationToken);
    }

    private async Task SeedOfficersAsync(DemoOrg org)
    {
        var commune = org.Communes[0];
        var otherCommune = org.Communes[1];
        var justice = org.Departments[0];
        (string Email, string Name, string Title, int UnitId, string[] Roles)[] officers =
        [
            ("admin@motcua.local", "Phạm Quốc Bảo", "Quản trị hệ thống", org.ServiceCentre.Id, [Roles.Admin]),
            ("tiepnhan@motcua.local", "Nguyễn Thị Lan", "Công chức một cửa", commune.Id, [Roles.Reception]),
            ("tiepnhan2@motcua.local", "Lê Văn Hùng", "Công chức một cửa", otherCommune.Id, [Roles.Reception]),
            ("chuyenvien@motcua.local", "Đỗ Minh Tuấn", "Công chức Tư pháp – Hộ tịch", commune.Id, [Roles.Specialist]),
            ("chuyenvien2@motcua.local", "Trần Thị Hồng Nhung", "Công chức Địa chính", commune.Id, [Roles.Specialist]),
            ("chuyenvien.stp@motcua.local", "Vũ Đức Anh", "Chuyên viên Sở Tư pháp", justice.Id, [Roles.Specialist]),
            ("lanhdao@motcua.local", "Hoàng Văn Thắng", "Phó Chủ tịch UBND tỉnh", org.Province.Id, [Roles.Leader]),
            ("lanhdao.xa@motcua.local", "Bùi Thị Thu Hà", "Chủ tịch UBND xã", commune.Id, [Roles.Leader]),
        ];

        foreach (var (email, name, title, unitId, roles) in officers)
        {
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                JobTitle = title,
                UnitId = unitId,
            };
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRolesAsync(user, roles);
        }
    }
}
