using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierCodeTests
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    [Theory]
    [InlineData("000.00.14.H31", "2025-11-03", 42, "000.00.14.H31-251103-0042")]
    [InlineData("000.00.14.H56", "2026-01-01", 1, "000.00.14.H56-260101-0001")]
    [InlineData("000.22.31.H29", "2026-12-31", 9999, "000.22.31.H29-261231-9999")]
    public void Code_is_unit_date_and_four_digit_sequence(string unit, string day, int number, string expected) =>
        Assert.Equal(expected, DossierCode.Format(unit, Calendar.TestTime.Date(day), number));

    [Fact]
    public void Tracking_key_is_ten_characters_from_the_unambiguous_alphabet()
    {
        var keys = Enumerable.Range(0, 2000).Select(_ => TrackingKey.New()).ToList();

        Assert.All(keys, key =>
        {
            Assert.Equal(10, key.Length);
            Assert.All(key, c => Assert.Contains(c, Alphabet));
        });
        Assert.DoesNotContain(keys, key => key.IndexOfAny(['0', 'O', '1', 'I', 'L', 'o', 'i', 'l']) >= 0);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());

        // 20,000 random characters use every letter of the alphabet (missing one has odds of about 31 * e^-645).
        Assert.Equal(Alphabet.Order(), keys.SelectMany(k => k).Distinct().Order());
    }

    [Fact]
    public void Hash_is_the_uppercase_hex_SHA_256_of_the_key()
    {
        // Computed independently: sha256(b"ABCDE23456").hexdigest().upper().
        Assert.Equal("82A15347A056CCBF451FBD1C865EED21EC190069EEDD32B0C9DC6452887811CC", TrackingKey.Hash("ABCDE23456"));
    }

    [Theory]
    [InlineData("ABCDE23456")]
    [InlineData("abcde23456")]
    [InlineData("ABCDE-23456")]
    [InlineData("abcde-234-56")]
    [InlineData("  AbCdE-23456 ")]
    public void Hash_is_stable_and_ignores_case_dashes_and_surrounding_spaces(string typed)
    {
        Assert.Equal(TrackingKey.Hash("ABCDE23456"), TrackingKey.Hash(typed));
        Assert.True(TrackingKey.Matches(typed, TrackingKey.Hash("ABCDE23456")));
    }

    [Theory]
    [InlineData("ABCDE23457")]
    [InlineData("ABCDE2345")]
    [InlineData("")]
    public void A_different_key_does_not_match(string typed)
    {
        var hash = TrackingKey.Hash("ABCDE23456");
        Assert.NotEqual(hash, TrackingKey.Hash(typed));
        Assert.False(TrackingKey.Matches(typed, hash));
    }

    [Fact]
    public void A_truncated_or_empty_hash_does_not_match()
    {
        var hash = TrackingKey.Hash("ABCDE23456");
        Assert.False(TrackingKey.Matches("ABCDE23456", hash[..32]));
        Assert.False(TrackingKey.Matches("ABCDE23456", string.Empty));
    }

    [Fact]
    public void A_new_key_matches_its_own_hash()
    {
        var key = TrackingKey.New();
        Assert.True(TrackingKey.Matches(key, TrackingKey.Hash(key)));
        Assert.True(TrackingKey.Matches(key.ToLowerInvariant(), TrackingKey.Hash(key)));
    }
}
