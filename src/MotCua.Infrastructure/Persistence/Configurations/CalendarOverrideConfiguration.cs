using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Calendar;

namespace MotCua.Infrastructure.Persistence.Configurations;

internal sealed class CalendarOverrideConfiguration : IEntityTypeConfiguration<CalendarOverride>
{
    public void Configure(EntityTypeBuilder<CalendarOverride> builder)
    {
        builder.HasIndex(o => o.Date).IsUnique();
        builder.Property(o => o.Reason).HasMaxLength(200);
        builder.Property(o => o.CreatedById).HasMaxLength(450);
        builder.Property(o => o.CreatedBy).HasMaxLength(256);
    }
}
