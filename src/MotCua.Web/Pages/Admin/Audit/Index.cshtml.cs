using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Administration;

namespace MotCua.Web.Pages.Admin.Audit;

/// <summary>The audit log for administrators: who did what and when, filtered, 50 entries a page.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tuNgay")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "denNgay")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "thaoTac")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "nguoi")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "maHoSo")]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int? PageNumber { get; set; }

    public AuditLogPage Results { get; private set; } = new([], 0, 1, SearchAuditLog.DefaultPageSize);

    public bool IsFiltered => From is not null || To is not null || !string.IsNullOrWhiteSpace(Action)
        || !string.IsNullOrWhiteSpace(UserName) || !string.IsNullOrWhiteSpace(Subject);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (ModelState.TryGetValue("tuNgay", out var from) && from.Errors.Count > 0)
        {
            from.Errors.Clear();
            ModelState.AddModelError("tuNgay", "Từ ngày không hợp lệ.");
        }

        if (ModelState.TryGetValue("denNgay", out var to) && to.Errors.Count > 0)
        {
            to.Errors.Clear();
            ModelState.AddModelError("denNgay", "Đến ngày không hợp lệ.");
        }

        if (From is { } start && To is { } end && end < start)
        {
            ModelState.AddModelError("denNgay", "Đến ngày phải sau hoặc bằng Từ ngày.");
        }

        if (!AuditText.IsKnown(Action))
        {
            Action = null;
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        Results = await mediator.Send(
            new SearchAuditLog(From, To, Action, Clip(UserName, 100), Clip(Subject, 64), Math.Max(PageNumber ?? 1, 1)),
            cancellationToken);
    }

    /// <summary>The address of another page of the same filter.</summary>
    public string PageUrl(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(new(key, value));
            }
        }

        Add("tuNgay", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("denNgay", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("thaoTac", Action);
        Add("nguoi", UserName);
        Add("maHoSo", Subject);
        if (page > 1)
        {
            Add("trang", page.ToString(CultureInfo.InvariantCulture));
        }

        return "/quan-tri/nhat-ky" + QueryString.Create(query);
    }

    private static string? Clip(string? text, int max)
    {
        var trimmed = text?.Trim();
        return trimmed?.Length > max ? trimmed[..max] : trimmed;
    }
}
