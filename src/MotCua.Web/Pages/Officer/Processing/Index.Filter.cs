using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Application.Processing;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Pages.Officer.Processing;

/// <summary>
/// The work list's filters and order. They travel in the URL (so tabs, pages and the browser's back button keep
/// them) and hold no personal data: ids, dates, a status, a channel and the start of a dossier code only.
/// Each value arrives as text so a malformed one is reported in Vietnamese next to its field, never as an error page.
/// </summary>
public sealed partial class IndexModel
{
    /// <summary>The ids of the filter fields; a field's errors are keyed by its id, so the summary links to it.</summary>
    public static class FieldIds
    {
        public const string Procedure = "loc-thu-tuc";
        public const string Field = "loc-linh-vuc";
        public const string Status = "loc-trang-thai";
        public const string From = "loc-tu-ngay";
        public const string To = "loc-den-ngay";
        public const string Channel = "loc-kenh";
        public const string Assignee = "loc-can-bo";
        public const string Code = "loc-ma";
        public const string Sort = "loc-sap-xep";
    }

    public const string AssigneeMe = "toi";
    public const string AssigneeNone = "chua-giao";

    public static readonly IReadOnlyList<(string Slug, Channel Channel, string Label)> Channels =
    [
        ("truc-tiep", Channel.Counter, "Trực tiếp tại bộ phận một cửa"),
        ("truc-tuyen", Channel.Online, "Trực tuyến"),
        ("buu-chinh", Channel.Postal, "Bưu chính công ích"),
    ];

    /// <summary>The orders; those without a slug are a list's own order (see <see cref="GetWorkList.DefaultSort"/>).</summary>
    public static readonly IReadOnlyList<(string? Slug, WorkListSort Sort, string Label, string Description)> Sorts =
    [
        (null, WorkListSort.Appointment, "Ngày hẹn trả (sớm nhất trước)", "ngày hẹn trả kết quả sớm nhất ở đầu danh sách"),
        (null, WorkListSort.CompletedNewest, "Ngày có kết quả (mới nhất trước)", "có kết quả gần nhất ở đầu danh sách"),
        ("nhan-moi", WorkListSort.ReceivedNewest, "Ngày tiếp nhận (mới nhất trước)", "tiếp nhận mới nhất ở đầu danh sách"),
        ("nhan-cu", WorkListSort.ReceivedOldest, "Ngày tiếp nhận (cũ nhất trước)", "tiếp nhận cũ nhất ở đầu danh sách"),
        ("ma", WorkListSort.Code, "Mã hồ sơ", "xếp theo mã hồ sơ"),
    ];

    /// <summary>The statuses a work list can hold (pending, result ready, returned).</summary>
    public static readonly IReadOnlyList<DossierStatus> Statuses =
        [.. DossierWorkflow.PendingStatuses, DossierStatus.Resolved, DossierStatus.Returned];

    private static readonly Dictionary<string, string> ErrorKeys = new(StringComparer.Ordinal)
    {
        [$"{nameof(GetWorkList.Filter)}.{nameof(WorkListFilter.ProcedureId)}"] = FieldIds.Procedure,
        [$"{nameof(GetWorkList.Filter)}.{nameof(WorkListFilter.FieldId)}"] = FieldIds.Field,
        [$"{nameof(GetWorkList.Filter)}.{nameof(WorkListFilter.Status)}"] = FieldIds.Status,
        [$"{nameof(GetWorkList.Filter)}.{nameof(WorkListFilter.ReceivedFrom)}"] = FieldIds.From,
        [$"{nameof(GetWorkList.Filter)}.{nameof(WorkListFilter.ReceivedTo)}"] = FieldIds.To,
        [$"{nameof(GetWorkList.Filter)}.{nameof(WorkListFilter.Channel)}"] = FieldIds.Channel,
        [$"{nameof(GetWorkList.Filter)}.{nameof(WorkListFilter.ColleagueId)}"] = FieldIds.Assignee,
        [$"{nameof(GetWorkList.Filter)}.{nameof(WorkListFilter.CodePrefix)}"] = FieldIds.Code,
    };

    private readonly List<string> _filterErrorKeys = [];

    [BindProperty(SupportsGet = true, Name = "thu-tuc")]
    public string? ProcedureText { get; set; }

    [BindProperty(SupportsGet = true, Name = "linh-vuc")]
    public string? FieldText { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? StatusText { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu-ngay")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "den-ngay")]
    public string? ToText { get; set; }

    [BindProperty(SupportsGet = true, Name = "kenh")]
    public string? ChannelText { get; set; }

    [BindProperty(SupportsGet = true, Name = "can-bo")]
    public string? AssigneeText { get; set; }

    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? CodeText { get; set; }

    [BindProperty(SupportsGet = true, Name = "sap-xep")]
    public string? SortText { get; set; }

    public WorkListOptions Options { get; private set; } = new([], [], []);

    /// <summary>The order asked for; null for the list's own.</summary>
    public WorkListSort? Sort { get; private set; }

    /// <summary>True when at least one filter narrows the list.</summary>
    public bool Filtered { get; private set; }

    /// <summary>True when a filter value could not be used: the list is not shown, the errors say why.</summary>
    public bool FilterInvalid => _filterErrorKeys.Count > 0;

    public string SortDescription => Sorts.First(s => s.Sort == List.Sort).Description;

    /// <summary>The orders offered on this tab: its own order first, then the others.</summary>
    public IEnumerable<(string? Slug, WorkListSort Sort, string Label, string Description)> SortOptions =>
        Sorts.Where(s => s.Slug is not null || s.Sort == GetWorkList.DefaultSort(List.Kind));

    /// <summary>The work list path with the current filters and order, for another tab or page.</summary>
    public string Link(string? slug, int page = 1)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(new(key, value.Trim()));
            }
        }

        Add("loai", slug);
        Add("thu-tuc", ProcedureText);
        Add("linh-vuc", FieldText);
        Add("trang-thai", StatusText);
        Add("tu-ngay", FromText);
        Add("den-ngay", ToText);
        Add("kenh", ChannelText);
        Add("can-bo", AssigneeText);
        Add("ma", CodeText);
        Add("sap-xep", SortText);
        if (page > 1)
        {
            Add("trang", page.ToString(CultureInfo.InvariantCulture));
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/can-bo/xu-ly", query);
    }

    /// <summary>The bulk assignment posts to the page it was shown on, so the redirect after it keeps the filters.</summary>
    public string AssignAction => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Link(Kind, List.Page), "handler", "Assign");

    /// <summary>The messages of one filter field, for display next to it.</summary>
    public IEnumerable<string> ErrorsOf(string fieldId) =>
        ModelState.TryGetValue(fieldId, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];
}
