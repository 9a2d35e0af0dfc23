using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Catalog;

namespace MotCua.Web.Pages.Catalog;

/// <summary>The public catalogue of procedures: search without accents, filters, paging. No account needed.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "linhVuc")]
    public string? FieldCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "donVi")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "muc")]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int? PageNumber { get; set; }

    public ProcedurePage Results { get; private set; } = null!;

    public CatalogFilters Filters { get; private set; } = null!;

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Text) || !string.IsNullOrWhiteSpace(FieldCode) || UnitId is not null
        || CatalogText.ParseOnlineLevel(Level) is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var text = Text?.Trim();
        if (text?.Length > 200)
        {
            text = text[..200];
        }

        Filters = await mediator.Send(new GetCatalogFilters(), cancellationToken);
        Results = await mediator.Send(
            new SearchProcedures(text, FieldCode, UnitId, CatalogText.ParseOnlineLevel(Level), Math.Max(PageNumber ?? 1, 1)),
            cancellationToken);
    }

    /// <summary>The address of another page of the same search.</summary>
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

        Add("q", Text);
        Add("linhVuc", FieldCode);
        Add("donVi", UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("muc", Level);
        if (page > 1)
        {
            Add("trang", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/thu-tuc" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
}
