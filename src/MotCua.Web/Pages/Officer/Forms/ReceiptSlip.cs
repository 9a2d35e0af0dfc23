using MotCua.Application.Dossiers;

namespace MotCua.Web.Pages.Officer.Forms;

/// <summary>What the Form 01 partial renders: the receipt and, on the first print at the counter only, the lookup key.</summary>
public sealed record ReceiptSlip(DossierFormView View, string? TrackingKey);
