using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Administration.Units;
using MotCua.Domain.Units;
using MotCua.Web.Validation;

namespace MotCua.Web.Pages.Admin.Units;

/// <summary>Creates a unit (no id) or edits one; a unit in use is ended by its "valid to" date, not deleted.</summary>
public sealed class EditModel(IMediator mediator) : PageModel, IRedisplayable
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public IReadOnlyList<UnitChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var unit = await mediator.Send(new GetUnitForEdit(id), cancellationToken);
            Input = new UnitInput
            {
                Code = unit.Code, Name = unit.Name, Address = unit.Address, Level = unit.Level, ParentId = unit.ParentId,
                ValidFrom = unit.ValidFrom, ValidTo = unit.ValidTo, SuccessorId = unit.SuccessorId,
            };
        }

        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await mediator.Send(new SaveUnit(Id, Input.Code, Input.Name, Input.Address, Input.Level, Input.ParentId, Input.ValidFrom,
            Input.ValidTo, Input.SuccessorId), cancellationToken);
        TempData["Status"] = $"Đã lưu đơn vị {Input.Name?.Trim()}.";
        return Redirect("/quan-tri/don-vi");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
            return NotFound();
        try
        {
            var name = await mediator.Send(new DeleteUnit(id), cancellationToken);
            TempData["Status"] = $"Đã xóa đơn vị {name}.";
            return Redirect("/quan-tri/don-vi");
        }
        catch (Domain.Common.DomainException e)
        {
            // Show the unit again, as stored, with the reason.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, e.Message);
            return await OnGetAsync(cancellationToken);
        }
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Choices = [.. (await mediator.Send(new GetUnitChoices(), cancellationToken)).Where(u => u.Id != Id)];

    public sealed class UnitInput
    {
        [Display(Name = "Mã đơn vị")]
        public string? Code { get; set; }

        [Display(Name = "Tên đơn vị")]
        public string? Name { get; set; }

        [Display(Name = "Địa chỉ")]
        public string? Address { get; set; }

        [Display(Name = "Cấp")]
        public UnitLevel? Level { get; set; }

        [Display(Name = "Đơn vị cấp trên")]
        public int? ParentId { get; set; }

        [Display(Name = "Hiệu lực từ ngày")]
        public DateOnly? ValidFrom { get; set; }

        [Display(Name = "Hết hiệu lực từ sau ngày")]
        public DateOnly? ValidTo { get; set; }

        [Display(Name = "Đơn vị kế thừa")]
        public int? SuccessorId { get; set; }
    }
}
