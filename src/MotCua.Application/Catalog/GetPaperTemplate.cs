using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;

namespace MotCua.Application.Catalog;

/// <summary>The stored form template of a paper of an active procedure (public download, /mau-don/{paperId}).</summary>
public sealed record GetPaperTemplate(int PaperId) : IQuery<PaperTemplate?>;

public sealed record PaperTemplate(string StoredName, string FileName, string ContentType);

internal sealed class GetPaperTemplateHandler(IAppDbContext db) : IQueryHandler<GetPaperTemplate, PaperTemplate?>
{
    public async ValueTask<PaperTemplate?> Handle(GetPaperTemplate query, CancellationToken cancellationToken) =>
        await db.Procedures.AsNoTracking()
            .Where(p => p.IsActive)
            .SelectMany(p => p.Papers)
            .Where(x => x.Id == query.PaperId && x.TemplateStoredName != null)
            .Select(x => new PaperTemplate(
                x.TemplateStoredName!, x.TemplateFileName ?? "mau-don", x.TemplateContentType ?? "application/octet-stream"))
            .SingleOrDefaultAsync(cancellationToken);
}
