using FluentValidation;
using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;

namespace MotCua.Application.Administration.Officers;

/// <summary>
/// Creates an officer account (tài khoản cán bộ) in a unit with its roles. The password is typed by the
/// administrator or generated; a generated one is returned to be shown once, and is never stored in clear or audited.
/// </summary>
public sealed record CreateOfficer(
    string? Email,
    string? DisplayName,
    int? UnitId,
    IReadOnlyList<string> Roles,
    string? Password,
    bool GeneratePassword) : ICommand<CreatedOfficer>;

public sealed record CreatedOfficer(string Id, string? GeneratedPassword);

internal sealed class CreateOfficerValidator : AbstractValidator<CreateOfficer>
{
    public CreateOfficerValidator(IAppDbContext db, IOfficerAccounts accounts, TimeProvider clock)
    {
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập email.")
            .MaximumLength(256).WithMessage("Email không quá 256 ký tự.")
            .EmailAddress().WithMessage("Email không đúng định dạng.")
            .MustAsync(async (e, ct) => !await accounts.EmailInUseAsync(e!.Trim(), ct))
            .WithMessage(c => $"Email {c.Email!.Trim()} đã có tài khoản.");
        RuleFor(c => c.DisplayName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập họ và tên.")
            .MaximumLength(200).WithMessage("Họ và tên không quá 200 ký tự.");
        OfficerRules.UnitAndRoles(this, db, clock, c => c.UnitId, c => c.Roles);
        RuleFor(c => c.Password)
            .CustomAsync(async (p, context, ct) => await OfficerRules.CheckPasswordAsync(
                accounts, p, context, nameof(CreateOfficer.Password), ct))
            .When(c => !c.GeneratePassword);
    }
}

internal sealed class CreateOfficerHandler(IAppDbContext db, IOfficerAccounts accounts, IAuditLog audit)
    : ICommandHandler<CreateOfficer, CreatedOfficer>
{
    public async ValueTask<CreatedOfficer> Handle(CreateOfficer command, CancellationToken cancellationToken)
    {
        var email = command.Email!.Trim();
        var password = command.GeneratePassword ? accounts.GeneratePassword() : command.Password!;
        var unitName = (await db.Units.FindAsync([command.UnitId!.Value], cancellationToken))?.Name;
        var roles = command.Roles.Distinct().ToList();

        audit.Record("officer.create", email, new ChangeSummary()
            .Value("Họ tên", command.DisplayName!.Trim())
            .Value("Đơn vị", unitName)
            .Value("Vai trò", string.Join(", ", roles.Select(Roles.Vietnamese)))
            .Note(command.GeneratePassword ? "Mật khẩu tạo ngẫu nhiên" : "Mật khẩu do quản trị nhập")
            .ToString());
        var id = await accounts.CreateAsync(email, command.DisplayName!.Trim(), command.UnitId.Value, roles, password, cancellationToken);
        return new CreatedOfficer(id, command.GeneratePassword ? password : null);
    }
}
