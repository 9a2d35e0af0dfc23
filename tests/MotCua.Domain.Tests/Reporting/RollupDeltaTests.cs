using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Domain.Tests.Dossiers;

namespace MotCua.Domain.Tests.Reporting;

public sealed class RollupDeltaTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.ForYears(2026, 2026);

    private static DateTimeOffset Local(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, VietnamTime.Offset);

    [Fact]
    public void Only_the_first_supplement_request_counts_the_dossier_as_asked_for_a_supplement()
    {
        var dossier = DossierTestData.Accepted(DossierTestData.Days(5), Local(10, 1, 9));
        dossier.RequestSupplement(Local(10, 2, 9), DossierTestData.Specialist, ["Tờ khai"]);
        dossier.AnswerSupplement(Local(10, 5, 9), null, Calendar);
        dossier.RequestSupplement(Local(10, 5, 14), DossierTestData.Specialist, ["Bản sao"]);

        var deltas = dossier.Events.Where(e => e.To == DossierStatus.SupplementRequested)
            .Select(e => PeriodRollup.DeltaFor(dossier, e)!).ToList();

        Assert.Equal([1, 0], deltas.Select(d => d.DossiersWithSupplement));
        Assert.Equal([1, 1], deltas.Select(d => d.SupplementRequests));
    }

    [Fact]
    public void A_resolution_counts_the_working_days_after_the_first_counted_day_skipping_weekends()
    {
        // Accepted Thursday 1/10, resolved Tuesday 6/10: Friday, Monday and Tuesday count.
        var dossier = DossierTestData.Accepted(DossierTestData.Days(5), Local(10, 1, 9));
        dossier.Resolve(Local(10, 6, 10), DossierTestData.Specialist, calendar: Calendar);

        var resolved = dossier.Events.Single(e => e.To == DossierStatus.Resolved);
        Assert.Equal(3, PeriodRollup.DeltaFor(dossier, resolved)!.ProcessingWorkingDays);
        var bucket = ProcessingTimeRollup.DeltaFor(dossier, resolved)!;
        Assert.Equal((3, 1, 202610), (bucket.WorkingDays, bucket.Resolved, bucket.Month));
    }

    [Fact]
    public void A_rating_counts_once_in_the_month_it_was_given_and_is_satisfied_from_an_average_of_four()
    {
        var dossier = DossierTestData.Accepted(DossierTestData.Days(5), Local(10, 1, 9));
        dossier.Resolve(Local(10, 6, 10), DossierTestData.Specialist);
        dossier.Rate(4, 4, 4, null, Local(11, 2, 9));

        var delta = PeriodRollup.DeltaFor(dossier, dossier.NewRating!);

        Assert.Equal((202611, 1, 1), (delta.Month, delta.Ratings, delta.RatingsSatisfied));
        dossier.ClearEvents();
        Assert.Null(dossier.NewRating);
    }

    [Theory]
    [InlineData(new[] { 3, 3, 4, 14 }, 14)]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 9 }, 1)]
    [InlineData(new[] { 0, 2, 2, 5, 5, 5, 5, 5, 5, 5, 40 }, 5)]
    public void The_90th_percentile_is_the_nearest_rank_over_the_histogram(int[] days, int expected)
    {
        var histogram = days.Select(d => Math.Min(d, ProcessingTimeRollup.LastBucket))
            .GroupBy(d => d).Select(g => (g.Key, g.Count()));

        Assert.Equal(expected, ProcessingTimeRollup.Percentile(histogram, 0.9));
    }

    [Fact]
    public void No_results_have_no_percentile() => Assert.Null(ProcessingTimeRollup.Percentile([], 0.9));
}
