using Microsoft.AspNetCore.Identity;
using MotCua.Domain.Units;

namespace MotCua.Infrastructure.Identity;

/// <summary>An officer (cán bộ). Every officer belongs to one unit; citizens have no account.</summary>
public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string? JobTitle { get; set; }
}
