using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Application.Submissions;

namespace MotCua.Infrastructure.Persistence.Configurations;

internal sealed class SubmissionIdempotencyConfiguration : IEntityTypeConfiguration<SubmissionIdempotency>
{
    public void Configure(EntityTypeBuilder<SubmissionIdempotency> builder)
    {
        builder.HasKey(i => i.Key);
        builder.Property(i => i.Key).HasMaxLength(100);
        builder.Property(i => i.RequestHash).HasMaxLength(64);
        builder.Property(i => i.ProtectedTrackingKey).HasMaxLength(1000);
        builder.HasOne(i => i.Dossier).WithMany().HasForeignKey(i => i.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.CreatedAt);
    }
}
