using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Administration.Officers;
using MotCua.Application.Administration.Units;
using MotCua.Web.Validation;

namespace MotCua.Web.Pages.Admin.Officers;

/// <summary>An officer's name, unit and roles; lock or unlock; reset the password.</summary>
public sealed class EditModel(IMediator mediator) : PageModel, IRedisplayable
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public OfficerInput Input { get; set; } = new();

    public OfficerAccount Officer { get; private set; } = null!;

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public string? GeneratedPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new OfficerInput { DisplayName = Officer.DisplayName, UnitId = Officer.UnitId, Roles = [.. Officer.Roles] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var email = await mediator.Send(new UpdateOfficer(Id, Input.DisplayName, Input.UnitId, Input.Roles), cancellationToken);
        TempData["Status"] = $"Đã lưu tài khoản {email}.";
        return Redirect($"/quan-tri/can-bo/sua/{Id}");
    }

    public async Task<IActionResult> OnPostLockAsync(bool locked, CancellationToken cancellationToken)
    {
        try
        {
            var email = await mediator.Send(new SetOfficerLocked(Id, locked), cancellationToken);
            TempData["Status"] = locked ? $"Đã khóa tài khoản {email}." : $"Đã mở khóa tài khoản {email}.";
            return Redirect($"/quan-tri/can-bo/sua/{Id}");
        }
        catch (Domain.Common.DomainException e)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, e.Message);
            return await OnGetAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        var generated = await mediator.Send(new ResetOfficerPassword(Id, Input.Password, Input.GeneratePassword), cancellationToken);
        if (generated is null)
        {
            TempData["Status"] = "Đã đặt lại mật khẩu.";
            return Redirect($"/quan-tri/can-bo/sua/{Id}");
        }

        Response.Headers.CacheControl = "no-store";
        GeneratedPassword = generated;
        ModelState.Clear();
        return await OnGetAsync(cancellationToken);
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Officer = await mediator.Send(new GetOfficer(Id), cancellationToken);
        Units = await mediator.Send(new GetUnitChoices(), cancellationToken);
        // After a failed password reset the name, unit and roles were not posted: show them as stored.
        if (Input.DisplayName is null && Input.UnitId is null)
        {
            Input.DisplayName = Officer.DisplayName;
            Input.UnitId = Officer.UnitId;
            Input.Roles = [.. Officer.Roles];
        }
    }

    public sealed class OfficerInput
    {
        public string? DisplayName { get; set; }

        public int? UnitId { get; set; }

        public List<string> Roles { get; set; } = [];

        [Display(Name = "Mật khẩu mới")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        [Display(Name = "Tạo mật khẩu ngẫu nhiên (hiển thị một lần)")]
        public bool GeneratePassword { get; set; }
    }
}
