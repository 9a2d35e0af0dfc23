using MotCua.Application.Dossiers;

namespace MotCua.Web.Pages.Officer.Forms;

/// <summary>What the Form 01 partial renders: the receipt and, on the first print at the counter only, the lookup key.</summary>
/// <param name="Alone">The only receipt on the page: its parts carry ids (several receipts on one page must not repeat them).</param>
public sealed record ReceiptSlip(DossierFormView View, string? TrackingKey, bool Alone = true);
