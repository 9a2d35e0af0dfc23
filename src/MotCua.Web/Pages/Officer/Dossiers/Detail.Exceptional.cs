using Microsoft.AspNetCore.Mvc;
using MotCua.Application.Processing;

namespace MotCua.Web.Pages.Officer.Dossiers;

/// <summary>
/// The actions outside the normal path: apology with a new appointment (Form 04), stop processing (Form 05),
/// the applicant's withdrawal and the financial obligation that pauses the clock.
/// </summary>
public sealed partial class DetailModel
{
    public async Task<IActionResult> OnPostApologyAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(
            new ApologiseForDelay(Code, Input.Version, Input.NewDueDate, Input.ApologyReason), cancellationToken);
        TempData["Status"] = $"Đã lập phiếu xin lỗi và hẹn lại ngày trả kết quả hồ sơ {code}.";
        return Redirect(FormPath(code, 4));
    }

    public async Task<IActionResult> OnPostStopAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(new StopProcessing(Code, Input.Version, Input.StopReason), cancellationToken);
        TempData["Status"] = $"Đã dừng xử lý hồ sơ {code}.";
        return Redirect(FormPath(code, 5));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(new RecordWithdrawal(Code, Input.Version, Input.WithdrawalNote), cancellationToken);
        TempData["Status"] = $"Đã ghi nhận công dân rút hồ sơ {code}.";
        return Redirect(DetailPath(code));
    }

    public async Task<IActionResult> OnPostObligationAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(
            new RequestFinancialObligation(Code, Input.Version, Input.ObligationAmount, Input.ObligationNote), cancellationToken);
        TempData["Status"] = $"Đã yêu cầu thực hiện nghĩa vụ tài chính cho hồ sơ {code}; thời hạn giải quyết tạm dừng.";
        return Redirect(DetailPath(code));
    }

    public async Task<IActionResult> OnPostObligationDoneAsync(CancellationToken cancellationToken)
    {
        var code = await mediator.Send(new FulfilFinancialObligation(Code, Input.Version), cancellationToken);
        TempData["Status"] = $"Hồ sơ {code} đã hoàn thành nghĩa vụ tài chính và tiếp tục được xử lý.";
        return Redirect(DetailPath(code));
    }

    public static string FilePath(string code, Guid fileId) =>
        $"/can-bo/ho-so/{Uri.EscapeDataString(code)}/tep/{fileId}";

    public sealed partial class ActionInput
    {
        public DateOnly? NewDueDate { get; set; }

        public string? ApologyReason { get; set; }

        public string? StopReason { get; set; }

        public string? WithdrawalNote { get; set; }

        public decimal? ObligationAmount { get; set; }

        public string? ObligationNote { get; set; }
    }
}
