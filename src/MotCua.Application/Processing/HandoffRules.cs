using MotCua.Application.Common.Security;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Processing;

/// <summary>
/// Who may act on a dossier handed between units: only the unit holding it now processes, hands it on or assigns it.
/// The receiving unit keeps seeing it (it answers to the applicant) and hands the result over once it is ready.
/// </summary>
public static class HandoffRules
{
    public static bool Holds(Dossier dossier, ICurrentUser user) => user.UnitId == dossier.CurrentUnitId;

    public static void EnsureHolds(Dossier dossier, ICurrentUser user)
    {
        if (!Holds(dossier, user))
        {
            throw new DomainException("Hồ sơ đang do đơn vị khác xử lý; chỉ đơn vị đang giữ hồ sơ mới thực hiện được thao tác này.");
        }
    }
}
