using MotCua.Domain.Common;

namespace MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>Gives a pending dossier to an officer (cán bộ xử lý). Not a change of status, but still a change of the dossier.</summary>
    public void AssignTo(string userId, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new DomainException("Phải chọn cán bộ xử lý hồ sơ.");
        }

        if (!DossierWorkflow.IsPending(Status))
        {
            throw new DomainException($"Không thể giao xử lý hồ sơ ở trạng thái “{Status.Vietnamese()}”.");
        }

        if (Transitions.Count > 0 && at < Transitions.Max(t => t.At))
        {
            throw new DomainException("Thời điểm ghi nhận không được trước bước xử lý liền trước của hồ sơ.");
        }

        AssigneeId = userId;
        Version++;
    }
}
