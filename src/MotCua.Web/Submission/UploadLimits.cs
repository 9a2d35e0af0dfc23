namespace MotCua.Web.Submission;

/// <summary>
/// Request-level caps for the upload endpoints, set as attributes (so they must be constants): the configured
/// per-dossier limit (Storage:MaxDossierBytes, 100 MB by default) plus room for the form fields. Larger requests
/// are refused before they are read; the configured per-file and per-dossier limits are enforced while streaming.
/// </summary>
internal static class UploadLimits
{
    public const long MaxRequestBytes = (100L * 1024 * 1024) + (1024 * 1024);
}
