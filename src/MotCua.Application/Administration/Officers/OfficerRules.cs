using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Application.Common.Security;

namespace MotCua.Application.Administration.Officers;

/// <summary>Checks shared by the officer commands' validators.</summary>
internal static class OfficerRules
{
    public static void UnitAndRoles<T>(AbstractValidator<T> validator, IAppDbContext db, TimeProvider clock,
        System.Linq.Expressions.Expression<Func<T, int?>> unit, System.Linq.Expressions.Expression<Func<T, IReadOnlyList<string>>> roles)
    {
        validator.RuleFor(unit).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vui lòng chọn đơn vị công tác.")
            .MustAsync(async (id, ct) =>
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                return await db.Units.AnyAsync(u => u.Id == id && (u.ValidTo == null || u.ValidTo >= today), ct);
            })
            .WithMessage("Đơn vị công tác không tồn tại hoặc đã hết hiệu lực.");
        validator.RuleFor(roles).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng chọn ít nhất một vai trò.")
            .Must(r => r.All(Roles.All.Contains)).WithMessage("Vai trò không hợp lệ.");
    }

    public static async Task CheckPasswordAsync<T>(IOfficerAccounts accounts, string? password, ValidationContext<T> context,
        string property, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(password))
        {
            context.AddFailure(property, "Vui lòng nhập mật khẩu hoặc chọn tạo mật khẩu ngẫu nhiên.");
            return;
        }

        foreach (var problem in await accounts.CheckPasswordAsync(password, ct))
        {
            context.AddFailure(property, problem);
        }
    }
}
