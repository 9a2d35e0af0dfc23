using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MotCua.Domain.Dossiers;

/// <summary>Mã hồ sơ: &lt;receiving unit code&gt;-&lt;YYMMDD&gt;-&lt;NNNN&gt;, a sequence per unit per day.</summary>
public static class DossierCode
{
    public static string Format(string unitCode, DateOnly day, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{unitCode}-{day:yyMMdd}-{number:D4}");
}

/// <summary>
/// The secret lookup key given to the applicant with the code. Only its hash is stored, so the code alone (printed
/// on every slip) never opens the dossier, and a copy of the database does not either.
/// </summary>
public static class TrackingKey
{
    // No 0/O, 1/I/L: the key is read aloud over the phone and typed from paper.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 10);

    public static string Hash(string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(key))));

    public static bool Matches(string key, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(hash));

    private static string Normalize(string key) => key.Trim().Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
