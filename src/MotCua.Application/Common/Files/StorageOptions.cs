namespace MotCua.Application.Common.Files;

/// <summary>Where dossier files live and how large they may be (configuration section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder outside wwwroot; empty means &lt;content root&gt;/App_Data/files.</summary>
    public string? Root { get; set; }

    /// <summary>Largest single file: 20 MB by default.</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Largest total of one dossier's files: 100 MB by default.</summary>
    public long MaxDossierBytes { get; set; } = 100L * 1024 * 1024;
}
