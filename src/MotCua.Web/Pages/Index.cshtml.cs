using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Web.Pages;

public class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
