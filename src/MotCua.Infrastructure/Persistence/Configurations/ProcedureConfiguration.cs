using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Procedures;

namespace MotCua.Infrastructure.Persistence.Configurations;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(400);
        builder.Property(p => p.SearchName).HasMaxLength(400);
        builder.HasIndex(p => p.SearchName);
        builder.Property(p => p.LegalBasis).HasMaxLength(2000);
        builder.Property(p => p.FeeDescription).HasMaxLength(1000);
        builder.Property(p => p.Result).HasMaxLength(1000);
        builder.HasIndex(p => new { p.FieldId, p.IsActive });
        builder.HasOne(p => p.Field).WithMany().HasForeignKey(p => p.FieldId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Papers).WithOne().HasForeignKey(p => p.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ReceivingUnits).WithOne().HasForeignKey(u => u.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.IsOfferedOnline);
    }
}

internal sealed class ProcedurePaperConfiguration : IEntityTypeConfiguration<ProcedurePaper>
{
    public void Configure(EntityTypeBuilder<ProcedurePaper> builder)
    {
        builder.Property(p => p.TemplateStoredName).HasMaxLength(64);
        builder.Property(p => p.TemplateContentType).HasMaxLength(100);
        builder.HasIndex(p => p.TemplateStoredName);
    }
}

internal sealed class ProcedureStepConfiguration : IEntityTypeConfiguration<ProcedureStep>
{
    public void Configure(EntityTypeBuilder<ProcedureStep> builder) =>
        builder.HasOne(s => s.HandlingUnit).WithMany().HasForeignKey(s => s.HandlingUnitId).OnDelete(DeleteBehavior.Restrict);
}

internal sealed class ProcedureUnitConfiguration : IEntityTypeConfiguration<ProcedureUnit>
{
    public void Configure(EntityTypeBuilder<ProcedureUnit> builder)
    {
        builder.HasKey(u => new { u.ProcedureId, u.UnitId });
        builder.HasIndex(u => u.UnitId);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FieldConfiguration : IEntityTypeConfiguration<Field>
{
    public void Configure(EntityTypeBuilder<Field> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(32);
        builder.HasIndex(f => f.Code).IsUnique();
    }
}

internal sealed class CatalogStampConfiguration : IEntityTypeConfiguration<CatalogStamp>
{
    public void Configure(EntityTypeBuilder<CatalogStamp> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new CatalogStamp { Id = CatalogStamp.SingleId, Version = 1 });
    }
}
