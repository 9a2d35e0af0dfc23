using MotCua.Domain.Common;

namespace MotCua.Domain.Dossiers;

/// <summary>The applicant (người nộp hồ sơ). Personal data: never logged, never in URLs.</summary>
public sealed class Applicant
{
    private string _fullName = string.Empty;

    public required string FullName
    {
        get => _fullName;
        set
        {
            _fullName = value;
            SearchName = TextFolding.Fold(value);
        }
    }

    /// <summary>Name folded for accent-insensitive search ("Nguyen Van A" finds "Nguyễn Văn A").</summary>
    public string SearchName { get; private set; } = string.Empty;

    /// <summary>Số CCCD / định danh cá nhân: 12 digits.</summary>
    public required string CitizenId { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>House number, street, hamlet: the part of the address below the commune.</summary>
    public string? Address { get; set; }

    /// <summary>Xã/phường of the address, when the form collected it separately (online submissions).</summary>
    public string? Commune { get; set; }

    /// <summary>Tỉnh/thành phố of the address (one of <see cref="Units.Provinces.Names"/>), when collected.</summary>
    public string? Province { get; set; }

    /// <summary>The whole address as written on forms: detail, commune, province.</summary>
    public string FullAddress => string.Join(", ", new[] { Address, Commune, Province }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>Who did something to a dossier: an officer, the applicant, or the system.</summary>
public sealed record Actor(string? UserId, string Name)
{
    public static Actor Applicant { get; } = new(null, "Công dân");

    public static Actor System { get; } = new(null, "Hệ thống");
}
