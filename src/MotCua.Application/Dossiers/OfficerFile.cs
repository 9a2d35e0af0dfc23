using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;

namespace MotCua.Application.Dossiers;

/// <summary>
/// A dossier's file for an officer of a unit that may see the dossier (<see cref="DossierScope.VisibleTo"/>).
/// A file's content is personal data, so each download is audited like a view of the dossier; a file of another
/// unit's dossier is "not found".
/// </summary>
public sealed record GetOfficerFile(string Code, Guid FileId) : IQuery<OfficerFileContent>;

public sealed record OfficerFileContent(string StoredName, string Name, string ContentType);

internal sealed class GetOfficerFileHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<GetOfficerFile, OfficerFileContent>
{
    public async ValueTask<OfficerFileContent> Handle(GetOfficerFile query, CancellationToken cancellationToken)
    {
        var file = await db.Dossiers.AsNoTracking().VisibleTo(user)
            .Where(d => d.Code == query.Code)
            .SelectMany(d => d.Files)
            .Where(f => f.Id == query.FileId)
            .Select(f => new OfficerFileContent(f.StoredName, f.OriginalName, f.ContentType))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Không tìm thấy tệp.");

        audit.Record("dossier.file", query.Code, query.FileId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }
}
