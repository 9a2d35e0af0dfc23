namespace MotCua.Infrastructure.Seeding;

/// <summary>Configuration section "DemoData".</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Seed demo data into an empty database at start-up (default on in Development).</summary>
    public bool Enabled { get; set; }

    /// <summary>How many dossiers to generate over the last 12 months.</summary>
    public int Dossiers { get; set; } = 20_000;

    /// <summary>Fixed seed so the demo is the same on every machine.</summary>
    public int RandomSeed { get; set; } = 20251103;
}
