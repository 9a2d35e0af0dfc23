using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Tracking;
using MotCua.Web.Submission;

namespace MotCua.Web.Pages.Submission;

/// <summary>
/// The receipt of an online submission. The secret key arrives through TempData (never the URL) and is shown this
/// one time. The QR code encodes only the tracking address with the dossier code; the citizen types the key.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmationModel(IMediator mediator) : PageModel
{
    public TrackingView? Dossier { get; private set; }

    public string? TrackingKey { get; private set; }

    public string? TrackingUrl { get; private set; }

    public string? QrCode { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (TempData[SubmitModel.CodeKey] is not string code || TempData[SubmitModel.TrackingKeyKey] is not string key)
        {
            return;
        }

        Dossier = await mediator.Send(new TrackDossier(code, key), cancellationToken);
        TrackingKey = key;
        TrackingUrl = $"{Request.Scheme}://{Request.Host}/tra-cuu?ma={Uri.EscapeDataString(code)}";
        QrCode = QrCodes.PngDataUri(TrackingUrl);
        Response.Headers.CacheControl = "no-store";
    }
}
