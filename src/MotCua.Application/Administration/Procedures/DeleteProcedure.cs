using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Domain.Common;

namespace MotCua.Application.Administration.Procedures;

/// <summary>
/// Deletes a procedure entered by mistake. One with dossiers stays and is taken out of the catalogue
/// ("ngừng áp dụng") instead, so its dossiers keep their procedure.
/// </summary>
public sealed record DeleteProcedure(int Id) : ICommand<string>;

internal sealed class DeleteProcedureHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<DeleteProcedure, string>
{
    public async ValueTask<string> Handle(DeleteProcedure command, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Không tìm thấy thủ tục.");
        if (await db.Dossiers.AnyAsync(d => d.ProcedureId == procedure.Id, cancellationToken))
        {
            throw new DomainException(
                $"Không thể xóa thủ tục {procedure.Code}: thủ tục đã có hồ sơ. Hãy bỏ chọn “Đang áp dụng” để ẩn thủ tục khỏi danh mục.");
        }

        db.Procedures.Remove(procedure);
        audit.Record("procedure.delete", procedure.Code, procedure.Name);
        await db.SaveChangesAsync(cancellationToken);
        return procedure.Code;
    }
}
