using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Tests.Dossiers;

public class CitizenIdNumberTests
{
    [Fact]
    public void The_sixty_three_former_province_codes_are_known()
    {
        Assert.Equal(63, CitizenIdNumber.Provinces.Count);
        Assert.Equal("Hà Nội", CitizenIdNumber.Provinces["001"]);
        Assert.Equal("Hưng Yên", CitizenIdNumber.Provinces["033"]);
        Assert.Equal("Thành phố Hồ Chí Minh", CitizenIdNumber.Provinces["079"]);
        Assert.False(CitizenIdNumber.HasKnownProvince("003000000000"));
        Assert.False(CitizenIdNumber.HasKnownProvince("097000000000"));
    }

    [Theory]
    [InlineData("033090001234", 1990, true)]
    [InlineData("033190001234", 1990, true)]
    [InlineData("079205001234", 2005, true)]
    [InlineData("079305001234", 2005, true)]
    [InlineData("033290001234", 1990, false)]
    [InlineData("033005001234", 2005, false)]
    [InlineData("033091001234", 1990, false)]
    [InlineData("033490001234", 1990, false)]
    public void Century_sex_and_year_digits_must_agree_with_the_year_of_birth(string number, int year, bool matches) =>
        Assert.Equal(matches, CitizenIdNumber.MatchesBirthYear(number, year));

    [Theory]
    [InlineData("033090001234", true)]
    [InlineData("03309000123", false)]
    [InlineData("0330900012345", false)]
    [InlineData("03309000123A", false)]
    [InlineData(null, false)]
    public void Shape_is_exactly_twelve_digits(string? number, bool valid) =>
        Assert.Equal(valid, CitizenIdNumber.HasValidShape(number));
}
