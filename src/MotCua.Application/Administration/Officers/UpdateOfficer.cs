using FluentValidation;
using Mediator;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Security;
using MotCua.Domain.Common;

namespace MotCua.Application.Administration.Officers;

/// <summary>Changes an officer's name, unit and roles; takes effect at the officer's next request.</summary>
public sealed record UpdateOfficer(string Id, string? DisplayName, int? UnitId, IReadOnlyList<string> Roles) : ICommand<string>;

/// <summary>Locks (indefinitely) or unlocks an account; a locked officer is signed out at the next request.</summary>
public sealed record SetOfficerLocked(string Id, bool Locked) : ICommand<string>;

/// <summary>Sets a new password, typed or generated; a generated one is returned to be shown once.</summary>
public sealed record ResetOfficerPassword(string Id, string? Password, bool GeneratePassword) : ICommand<string?>;

public sealed record GetOfficer(string Id) : IQuery<OfficerAccount>;

public sealed record SearchOfficers(int? UnitId = null, string? Role = null, string? Text = null, int Page = 1) : IQuery<OfficerPage>
{
    public const int PageSize = 25;
}

internal sealed class UpdateOfficerValidator : AbstractValidator<UpdateOfficer>
{
    public UpdateOfficerValidator(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    {
        RuleFor(c => c.DisplayName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập họ và tên.")
            .MaximumLength(200).WithMessage("Họ và tên không quá 200 ký tự.");
        OfficerRules.UnitAndRoles(this, db, clock, c => c.UnitId, c => c.Roles);
        RuleFor(c => c.Roles)
            .Must(r => r.Contains(Roles.Admin)).When(c => c.Id == user.UserId)
            .WithMessage("Bạn không thể tự bỏ vai trò Quản trị hệ thống của chính mình.");
    }
}

internal sealed class ResetOfficerPasswordValidator : AbstractValidator<ResetOfficerPassword>
{
    public ResetOfficerPasswordValidator(IOfficerAccounts accounts)
    {
        RuleFor(c => c.Password)
            .CustomAsync(async (p, context, ct) => await OfficerRules.CheckPasswordAsync(
                accounts, p, context, nameof(ResetOfficerPassword.Password), ct))
            .When(c => !c.GeneratePassword);
    }
}

internal sealed class UpdateOfficerHandler(IAppDbContext db, IOfficerAccounts accounts, IAuditLog audit)
    : ICommandHandler<UpdateOfficer, string>
{
    public async ValueTask<string> Handle(UpdateOfficer command, CancellationToken cancellationToken)
    {
        var officer = await accounts.FindAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Không tìm thấy cán bộ.");
        var unitName = (await db.Units.FindAsync([command.UnitId!.Value], cancellationToken))?.Name;
        var roles = command.Roles.Distinct().ToList();
        var changes = new ChangeSummary()
            .Field("Họ tên", officer.DisplayName, command.DisplayName!.Trim())
            .Field("Đơn vị", officer.UnitName, unitName)
            .Field("Vai trò", RoleText(officer.Roles), RoleText(roles));
        if (changes.IsEmpty)
            return officer.Email;

        audit.Record("officer.update", officer.Email, changes.ToString());
        await accounts.UpdateAsync(officer.Id, command.DisplayName.Trim(), command.UnitId.Value, roles, cancellationToken);
        return officer.Email;
    }

    private static string RoleText(IEnumerable<string> roles) =>
        string.Join(", ", Roles.All.Where(roles.Contains).Select(Roles.Vietnamese));
}

internal sealed class SetOfficerLockedHandler(IOfficerAccounts accounts, ICurrentUser user, IAuditLog audit)
    : ICommandHandler<SetOfficerLocked, string>
{
    public async ValueTask<string> Handle(SetOfficerLocked command, CancellationToken cancellationToken)
    {
        var officer = await accounts.FindAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Không tìm thấy cán bộ.");
        if (command.Locked && officer.Id == user.UserId)
            throw new DomainException("Bạn không thể tự khóa tài khoản của chính mình.");

        audit.Record(command.Locked ? "officer.lock" : "officer.unlock", officer.Email, officer.DisplayName);
        await accounts.SetLockedAsync(officer.Id, command.Locked, cancellationToken);
        return officer.Email;
    }
}

internal sealed class ResetOfficerPasswordHandler(IOfficerAccounts accounts, IAuditLog audit)
    : ICommandHandler<ResetOfficerPassword, string?>
{
    public async ValueTask<string?> Handle(ResetOfficerPassword command, CancellationToken cancellationToken)
    {
        var officer = await accounts.FindAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Không tìm thấy cán bộ.");
        var password = command.GeneratePassword ? accounts.GeneratePassword() : command.Password!;
        audit.Record("officer.password.reset", officer.Email,
            command.GeneratePassword ? "Mật khẩu tạo ngẫu nhiên" : "Mật khẩu do quản trị nhập");
        await accounts.SetPasswordAsync(officer.Id, password, cancellationToken);
        return command.GeneratePassword ? password : null;
    }
}

internal sealed class GetOfficerHandler(IOfficerAccounts accounts) : IQueryHandler<GetOfficer, OfficerAccount>
{
    public async ValueTask<OfficerAccount> Handle(GetOfficer query, CancellationToken cancellationToken) =>
        await accounts.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Không tìm thấy cán bộ.");
}

internal sealed class SearchOfficersHandler(IOfficerAccounts accounts) : IQueryHandler<SearchOfficers, OfficerPage>
{
    public async ValueTask<OfficerPage> Handle(SearchOfficers query, CancellationToken cancellationToken) =>
        await accounts.SearchAsync(query.UnitId, query.Role, query.Text, Math.Max(1, query.Page), SearchOfficers.PageSize, cancellationToken);
}
