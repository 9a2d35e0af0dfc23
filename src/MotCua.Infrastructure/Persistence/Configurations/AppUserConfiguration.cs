using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Application.Common;
using MotCua.Infrastructure.Identity;

namespace MotCua.Infrastructure.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// The officers' names as the application's queries (compiled ones included) join them: a read-only, keyless view
/// of the accounts table's id and display name. Views are not created by migrations; this one is the table itself.
/// </summary>
internal sealed class OfficerNameConfiguration : IEntityTypeConfiguration<OfficerName>
{
    public void Configure(EntityTypeBuilder<OfficerName> builder)
    {
        builder.HasNoKey();
        builder.ToView("AspNetUsers");
        builder.Property(o => o.Id).IsRequired();
        builder.Property(o => o.Name).HasColumnName(nameof(AppUser.DisplayName)).HasMaxLength(200);
    }
}
