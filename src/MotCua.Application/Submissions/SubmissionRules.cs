using System.Globalization;
using System.Text;
using FluentValidation;
using MotCua.Domain.Dossiers;

namespace MotCua.Application.Submissions;

/// <summary>Rules on an applicant's own data, shared by every form that collects it.</summary>
internal static class SubmissionRules
{
    public static readonly string[] MobilePrefixes = ["03", "05", "07", "08", "09"];

    public static IRuleBuilderOptions<T, string?> CitizenId<T>(this IRuleBuilderInitial<T, string?> rule, Func<T, DateOnly?> dateOfBirth) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập số CCCD/định danh cá nhân.")
            .Must(CitizenIdNumber.HasValidShape).WithMessage("Số CCCD phải gồm đúng 12 chữ số.")
            .Must(n => CitizenIdNumber.HasKnownProvince(n!)).WithMessage("Ba chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ.")
            .Must(n => CitizenIdNumber.Century(n!) is not null).WithMessage("Chữ số thứ tư của số CCCD (thế kỷ, giới tính) phải từ 0 đến 3.")
            .Must((x, n) => dateOfBirth(x) is not { } born || CitizenIdNumber.MatchesBirthYear(n!, born.Year))
            .WithMessage("Số CCCD không khớp với năm sinh (chữ số thứ 4 đến 6 thể hiện thế kỷ và năm sinh).");

    public static IRuleBuilderOptions<T, string?> Mobile<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập số điện thoại di động.")
            .Must(p => p!.Length == 10 && p.All(char.IsAsciiDigit) && MobilePrefixes.Any(x => p.StartsWith(x, StringComparison.Ordinal)))
            .WithMessage("Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.");

    public static DeliveryMethod? ParseDelivery(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "counter" => DeliveryMethod.Counter,
        "post" => DeliveryMethod.Post,
        "online" => DeliveryMethod.Online,
        _ => null,
    };

    /// <summary>Canonical text of a submission, hashed for idempotency: fields, then each file's paper and content hash.</summary>
    public static string Canonical(SubmitDossier c)
    {
        var text = new StringBuilder();
        void Add(object? value) => text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim()).Append('\u001F');
        Add(c.ProcedureCode);
        Add(c.UnitId);
        Add(c.ApplicantName);
        Add(c.CitizenId);
        Add(c.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(c.Phone);
        Add(c.Email);
        Add(c.Address);
        Add(c.Commune);
        Add(c.Province);
        Add(c.DeliveryMethod?.ToLowerInvariant());
        foreach (var file in c.Files)
        {
            Add(file.PaperId);
            Add(file.File.OriginalName);
            Add(file.File.Sha256);
        }

        return text.ToString();
    }
}
