namespace MotCua.Application.Common.Security;

/// <summary>The signed-in officer, if any.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string? DisplayName { get; }

    /// <summary>The officer's unit; every officer belongs to one.</summary>
    int? UnitId { get; }

    bool IsInRole(string role);
}
