using MotCua.Application.Administration.Units;

namespace MotCua.Web.Pages.Admin.Officers;

/// <summary>What the shared name/unit/roles fields show.</summary>
public sealed record OfficerFormView(string? DisplayName, int? UnitId, IReadOnlyList<string> Roles, IReadOnlyList<UnitChoice> Units);
