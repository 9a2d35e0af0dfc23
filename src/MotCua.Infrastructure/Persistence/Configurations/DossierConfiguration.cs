using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Infrastructure.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.TrackingKeyHash).HasMaxLength(64);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.ReturnedTo).HasMaxLength(200);
        builder.Ignore(d => d.Events);
        builder.Ignore(d => d.CountsAsLate);
        builder.Ignore(d => d.NewRating);

        builder.OwnsOne(d => d.Applicant, a =>
        {
            a.Property(x => x.FullName).HasColumnName("ApplicantName").HasMaxLength(200);
            a.Property(x => x.SearchName).HasColumnName("ApplicantSearchName").HasMaxLength(200);
            a.Property(x => x.CitizenId).HasColumnName("ApplicantCitizenId").HasMaxLength(12);
            a.Property(x => x.DateOfBirth).HasColumnName("ApplicantDateOfBirth");
            a.Property(x => x.Phone).HasColumnName("ApplicantPhone").HasMaxLength(15);
            a.Property(x => x.Email).HasColumnName("ApplicantEmail").HasMaxLength(200);
            a.Property(x => x.Address).HasColumnName("ApplicantAddress").HasMaxLength(400);
            a.Property(x => x.Commune).HasColumnName("ApplicantCommune").HasMaxLength(100);
            a.Property(x => x.Province).HasColumnName("ApplicantProvince").HasMaxLength(100);
            a.Ignore(x => x.FullAddress);
            a.HasIndex(x => x.CitizenId);
        });
        builder.Navigation(d => d.Applicant).IsRequired();

        builder.HasOne<Procedure>().WithMany().HasForeignKey(d => d.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.CurrentUnitId).OnDelete(DeleteBehavior.Restrict);

        // Work lists: a unit's dossiers by status, oldest first; the online queue; pending-only scans for overdue.
        // The due-date lists (pending, due soon, overdue, drill-downs) filter on both units inside the last index, so
        // counting them and picking a page's ids never reads a table row (the id is in every SQLite index).
        builder.HasIndex(d => new { d.CurrentUnitId, d.Status, d.SubmittedAt });
        builder.HasIndex(d => new { d.ReceivingUnitId, d.SubmittedAt });
        // "Assigned to me": counted and paged from the index alone (the unit filter and the appointment are in it), since
        // one officer may hold tens of thousands of pending dossiers.
        builder.HasIndex(d => new { d.AssigneeId, d.Status, d.AppointmentDate, d.ReceivingUnitId, d.CurrentUnitId });
        builder.HasIndex(d => new { d.Status, d.DueDate, d.ReceivingUnitId, d.CurrentUnitId });
        // The officer work lists order by the appointment in effect (an apology's new date, else the due date):
        // same shape, so a list's count and its page of ids are read from this index alone.
        builder.HasIndex(d => new { d.Status, d.AppointmentDate, d.ReceivingUnitId, d.CurrentUnitId });

        // Leader drill-down lists: the dossiers behind a chart figure, by the month they were received or resolved;
        // covering, so a figure's count (by procedure or outcome too) reads no table row. The second also gives the
        // finished work list its order (most recently finished first) and its count (by status) for the dossiers the
        // unit received.
        builder.HasIndex(d => new { d.ReceivingUnitId, d.ReceivedAt, d.ProcedureId });
        builder.HasIndex(d => new { d.ReceivingUnitId, d.CompletedAt, d.Outcome, d.SupplementRequestCount, d.ProcedureId, d.Status });

        // The dossiers handed to a unit by another (liên thông), most recently finished first: the other half of the
        // unit's finished list. Partial, since most dossiers stay with the unit that received them.
        builder.HasIndex(d => new { d.HandedToUnitId, d.CompletedAt, d.Status }).HasFilter("\"HandedToUnitId\" IS NOT NULL");

        builder.HasMany(d => d.Transitions).WithOne().HasForeignKey(t => t.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Pauses).WithOne().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Extensions).WithOne().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.SupplementRequests).WithOne().HasForeignKey(s => s.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.ReceivedPapers).WithOne().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Rating).WithOne().HasForeignKey<Rating>(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.ControlSheet).WithOne().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.OpenControlRow);
    }
}

internal sealed class DossierTransitionConfiguration : IEntityTypeConfiguration<DossierTransition>
{
    public void Configure(EntityTypeBuilder<DossierTransition> builder)
    {
        builder.Property(t => t.Note).HasMaxLength(2000);
        builder.HasIndex(t => new { t.DossierId, t.At });
    }
}

internal sealed class SupplementRequestConfiguration : IEntityTypeConfiguration<SupplementRequest>
{
    public void Configure(EntityTypeBuilder<SupplementRequest> builder)
    {
        builder.Property(s => s.MissingItems).HasMaxLength(4000);
        builder.Property(s => s.AnswerNote).HasMaxLength(2000);
    }
}

internal sealed class DossierFileConfiguration : IEntityTypeConfiguration<DossierFile>
{
    public void Configure(EntityTypeBuilder<DossierFile> builder)
    {
        builder.Property(f => f.StoredName).HasMaxLength(64);
        builder.HasIndex(f => f.StoredName);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
    }
}

internal sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> builder)
    {
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.Ignore(r => r.IsSatisfied);
    }
}

internal sealed class ControlSheetEntryConfiguration : IEntityTypeConfiguration<ControlSheetEntry>
{
    public void Configure(EntityTypeBuilder<ControlSheetEntry> builder)
    {
        builder.ToTable("ControlSheetEntries");
        builder.HasIndex(r => new { r.DossierId, r.Sequence }).IsUnique();
        builder.Property(r => r.StepName).HasMaxLength(1000);
        builder.Property(r => r.HandedOverBy).HasMaxLength(200);
        builder.Property(r => r.CompletedBy).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.ToUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.IsOpen);
    }
}
