using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Web.Pages;

/// <summary>
/// The friendly page for an error status without a body (404, 400 from a stale form, 403, 429), re-executed by
/// <c>UseStatusCodePagesWithReExecute("/loi/{0}")</c> with the original method (hence the POST handler).
/// Keeps the original status code so clients and tests see the truth.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }

    public string Heading => Code switch
    {
        400 => "Yêu cầu không hợp lệ",
        403 => "Không có quyền truy cập",
        429 => "Bạn thao tác quá nhanh",
        _ => "Không tìm thấy trang",
    };

    public string Message => Code switch
    {
        400 => "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang rồi thực hiện lại; thông tin đã lưu trước đó không bị mất.",
        403 => "Tài khoản của bạn không được phép thực hiện thao tác này.",
        429 => "Hệ thống tạm thời giới hạn số lần tra cứu để bảo vệ dữ liệu của công dân. Vui lòng thử lại sau ít phút.",
        _ => "Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.",
    };

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        Code = code is >= 400 and < 500 ? code.Value : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
    }
}
