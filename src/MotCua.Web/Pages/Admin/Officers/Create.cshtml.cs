using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Administration.Officers;
using MotCua.Application.Administration.Units;
using MotCua.Web.Validation;

namespace MotCua.Web.Pages.Admin.Officers;

/// <summary>Creates an officer account; a generated password is shown on this response only and never stored in clear.</summary>
public sealed class CreateModel(IMediator mediator) : PageModel, IRedisplayable
{
    [BindProperty]
    public OfficerInput Input { get; set; } = new();

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    /// <summary>Set once, after creating with a generated password.</summary>
    public string? GeneratedPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var created = await mediator.Send(new CreateOfficer(Input.Email, Input.DisplayName, Input.UnitId, Input.Roles, Input.Password,
            Input.GeneratePassword), cancellationToken);
        if (created.GeneratedPassword is null)
        {
            TempData["Status"] = $"Đã tạo tài khoản {Input.Email?.Trim()}.";
            return Redirect("/quan-tri/can-bo");
        }

        Response.Headers.CacheControl = "no-store";
        GeneratedPassword = created.GeneratedPassword;
        return Page();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Units = await mediator.Send(new GetUnitChoices(), cancellationToken);

    public sealed class OfficerInput
    {
        [Display(Name = "Email")]
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public int? UnitId { get; set; }

        public List<string> Roles { get; set; } = [];

        [Display(Name = "Mật khẩu ban đầu")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        [Display(Name = "Tạo mật khẩu ngẫu nhiên (hiển thị một lần)")]
        public bool GeneratePassword { get; set; }
    }
}
