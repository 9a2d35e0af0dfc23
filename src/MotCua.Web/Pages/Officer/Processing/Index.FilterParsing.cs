using System.Globalization;
using FluentValidation;
using MotCua.Application.Processing;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Pages.Officer.Processing;

/// <summary>
/// Reading the work list's filter from the URL's text: a value that cannot be used gets a Vietnamese message next to
/// its field and the list is not shown; a value the handler's validator refuses is reported the same way.
/// </summary>
public sealed partial class IndexModel
{
    private async Task<WorkListPage> LoadListAsync(WorkListKind kind, CancellationToken cancellationToken)
    {
        var filter = ParseFilter();
        Filtered = !filter.IsEmpty;
        if (FilterInvalid)
        {
            return WorkListPage.Empty(kind);
        }

        try
        {
            return await mediator.Send(new GetWorkList(kind, PageNumber, filter, Sort), cancellationToken);
        }
        catch (ValidationException e)
        {
            foreach (var error in e.Errors)
            {
                FilterError(ErrorKeys.GetValueOrDefault(error.PropertyName, string.Empty), error.ErrorMessage);
            }

            return WorkListPage.Empty(kind);
        }
    }

    private WorkListFilter ParseFilter()
    {
        var sort = Blank(SortText) is { } sortSlug ? Sorts.FirstOrDefault(s => s.Slug == sortSlug) : default;
        if (Blank(SortText) is not null && sort.Label is null)
        {
            FilterError(FieldIds.Sort, "Cách sắp xếp đã chọn không hợp lệ.");
        }

        Sort = sort.Label is null ? null : sort.Sort;
        var channel = Blank(ChannelText) is { } channelSlug ? Channels.FirstOrDefault(c => c.Slug == channelSlug) : default;
        if (Blank(ChannelText) is not null && channel.Label is null)
        {
            FilterError(FieldIds.Channel, "Kênh tiếp nhận đã chọn không hợp lệ.");
        }

        var (assignee, colleague) = Blank(AssigneeText) switch
        {
            null => (AssigneeFilter.Anyone, null),
            AssigneeMe => (AssigneeFilter.Me, null),
            AssigneeNone => (AssigneeFilter.Unassigned, null),
            var id => (AssigneeFilter.Colleague, id),
        };
        var filter = new WorkListFilter(
            ProcedureId: Id(ProcedureText, FieldIds.Procedure, "Thủ tục đã chọn không hợp lệ."),
            FieldId: Id(FieldText, FieldIds.Field, "Lĩnh vực đã chọn không hợp lệ."),
            Status: Id(StatusText, FieldIds.Status, "Trạng thái đã chọn không hợp lệ.") is { } status ? (DossierStatus)status : null,
            ReceivedFrom: Date(FromText, FieldIds.From, "Từ ngày"),
            ReceivedTo: Date(ToText, FieldIds.To, "Đến ngày"),
            Channel: channel.Label is null ? null : channel.Channel,
            Assignee: assignee,
            ColleagueId: colleague,
            CodePrefix: Blank(CodeText));

        // A date typed by hand is shown back (and carried in links) the way the date field reads it.
        FromText = filter.ReceivedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? FromText;
        ToText = filter.ReceivedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ToText;
        return filter;
    }

    private int? Id(string? text, string fieldId, string message)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        FilterError(fieldId, message);
        return null;
    }

    /// <summary>A date as the browser's date field sends it (yyyy-MM-dd), or as typed by hand (dd/MM/yyyy).</summary>
    private DateOnly? Date(string? text, string fieldId, string label)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year >= 2000)
        {
            return date;
        }

        FilterError(fieldId, $"“{label}” không phải là ngày hợp lệ (ví dụ 25/03/2026).");
        return null;
    }

    private void FilterError(string key, string message)
    {
        ModelState.AddModelError(key, message);
        _filterErrorKeys.Add(key);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
