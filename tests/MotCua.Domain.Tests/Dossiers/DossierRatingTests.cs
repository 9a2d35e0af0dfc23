using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierRatingTests
{
    private static Dossier Resolved()
    {
        var dossier = Accepted(Days(10), Local(2026, 3, 2, 9, 0));
        dossier.StartProcessing(Local(2026, 3, 2, 10, 0), Specialist);
        dossier.Resolve(Local(2026, 3, 5, 10, 0), Specialist);
        return dossier;
    }

    [Fact]
    public void A_dossier_with_its_result_is_rated_once_on_result_attitude_and_time()
    {
        var dossier = Resolved();

        dossier.Rate(5, 4, 3, "  Cán bộ nhiệt tình  ", Local(2026, 3, 6, 9, 0));

        Assert.Equal((5, 4, 3, "Cán bộ nhiệt tình"), (dossier.Rating!.Result, dossier.Rating.Attitude, dossier.Rating.TimeTaken, dossier.Rating.Comment));
        Assert.True(dossier.Rating.IsSatisfied);
        var again = Assert.Throws<DomainException>(() => dossier.Rate(1, 1, 1, null, Local(2026, 3, 7, 9, 0)));
        Assert.Contains("một lần", again.Message, StringComparison.Ordinal);
        Assert.Equal(5, dossier.Rating.Result);
    }

    [Fact]
    public void A_dossier_without_its_result_cannot_be_rated()
    {
        var dossier = Accepted(Days(10), Local(2026, 3, 2, 9, 0));

        Assert.Throws<DomainException>(() => dossier.Rate(5, 5, 5, null, Local(2026, 3, 3, 9, 0)));
        Assert.Null(dossier.Rating);
    }

    [Theory]
    [InlineData(0, 3, 3)]
    [InlineData(3, 6, 3)]
    [InlineData(3, 3, -1)]
    public void Each_score_is_between_one_and_five(int result, int attitude, int time)
    {
        var dossier = Resolved();

        Assert.Throws<DomainException>(() => dossier.Rate(result, attitude, time, null, Local(2026, 3, 6, 9, 0)));
        Assert.Null(dossier.Rating);
    }
}
