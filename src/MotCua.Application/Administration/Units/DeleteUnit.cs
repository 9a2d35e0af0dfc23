using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Administration.Officers;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Domain.Common;

namespace MotCua.Application.Administration.Units;

/// <summary>
/// Deletes a unit entered by mistake. A unit that has dossiers, officers, lower units, receives procedures or
/// succeeds another stays: it is ended with a "valid to" date instead, so history keeps its name.
/// </summary>
public sealed record DeleteUnit(int Id) : ICommand<string>;

internal sealed class DeleteUnitHandler(IAppDbContext db, IOfficerAccounts officers, IAuditLog audit)
    : ICommandHandler<DeleteUnit, string>
{
    public async ValueTask<string> Handle(DeleteUnit command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Không tìm thấy đơn vị.");
        const string instead = "Hãy nhập ngày hết hiệu lực (và đơn vị kế thừa) thay vì xóa.";

        if (await db.Dossiers.AnyAsync(d => d.ReceivingUnitId == unit.Id || d.CurrentUnitId == unit.Id, cancellationToken))
            throw new DomainException($"Không thể xóa {unit.Name}: đơn vị đã có hồ sơ. {instead}");
        if (await officers.CountInUnitAsync(unit.Id, cancellationToken) is > 0 and var count)
            throw new DomainException($"Không thể xóa {unit.Name}: đơn vị có {count} cán bộ. {instead}");
        if (await db.Units.AnyAsync(u => u.ParentId == unit.Id || u.SuccessorId == unit.Id, cancellationToken))
            throw new DomainException($"Không thể xóa {unit.Name}: đơn vị có đơn vị cấp dưới hoặc là đơn vị kế thừa. {instead}");
        if (await db.Procedures.AnyAsync(p => p.ReceivingUnits.Any(r => r.UnitId == unit.Id), cancellationToken))
            throw new DomainException($"Không thể xóa {unit.Name}: đơn vị đang tiếp nhận thủ tục. Hãy bỏ đơn vị khỏi các thủ tục trước.");

        db.Units.Remove(unit);
        audit.Record("unit.delete", unit.Code, unit.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new DomainException($"Không thể xóa {unit.Name} vì đơn vị đang được sử dụng. {instead}");
        }

        return unit.Name;
    }
}
