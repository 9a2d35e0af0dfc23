using FluentValidation;
using MotCua.Domain.Calendar;
using MotCua.Domain.Reporting;

namespace MotCua.Application.Dashboard;

/// <summary>A period of whole local months (yyyyMM .. yyyyMM): the rollups' grain.</summary>
public sealed record MonthRange(int From, int To)
{
    public static int Of(DateOnly date) => date.Year * 100 + date.Month;

    public static bool IsMonth(int month) => month / 100 is >= 2000 and <= 9999 && month % 100 is >= 1 and <= 12;

    public IEnumerable<int> Months()
    {
        for (var m = From; m <= To; m = Next(m))
        {
            yield return m;
        }
    }

    public static int Next(int month) => month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;

    public static int Previous(int month) => month % 100 == 1 ? (month / 100 - 1) * 100 + 12 : month - 1;

    public static DateOnly FirstDay(int month) => new(month / 100, month % 100, 1);
}

/// <summary>
/// A period of local days (a dashboard's custom range, or whole months). The months it covers wholly are read from the
/// monthly rollups; the days of a first or last month it covers only in part, from the day rollups.
/// </summary>
public sealed record DayRange(DateOnly From, DateOnly To)
{
    public static DayRange OfMonths(int fromMonth, int toMonth) =>
        new(MonthRange.FirstDay(fromMonth), MonthRange.FirstDay(toMonth).AddMonths(1).AddDays(-1));

    /// <summary>The months the period touches, whole or in part: the rows of the breakdown by month.</summary>
    public MonthRange Months => new(MonthRange.Of(From), MonthRange.Of(To));

    public bool IsWholeMonths => From.Day == 1 && To.AddDays(1).Day == 1;

    /// <summary>The months wholly inside the period (none when <see cref="WholeMonths"/>.From is after its To).</summary>
    public MonthRange WholeMonths => new(
        From.Day == 1 ? Months.From : MonthRange.Next(Months.From),
        To.AddDays(1).Day == 1 ? Months.To : MonthRange.Previous(Months.To));

    /// <summary>The first and last day as yyyyMMdd, like <see cref="DayRollup.Day"/>.</summary>
    public int FromDay => DayRollup.Number(From);

    public int ToDay => DayRollup.Number(To);

    /// <summary>The first day of the first month (yyyyMMdd): the day rows before <see cref="FromDay"/> from there are carried over.</summary>
    public int FirstMonthStartDay => Months.From * 100 + 1;

    /// <summary>Day rows before this one (yyyyMMdd) belong to the edge months, not to the whole months.</summary>
    public int WholeStartDay => WholeMonths.From * 100;

    /// <summary>Day rows after this one (yyyyMMdd) belong to the edge months, not to the whole months.</summary>
    public int WholeEndDay => WholeMonths.To * 100 + 99;

    /// <summary>The days of <paramref name="month"/> that fall in the period (what its row of a breakdown by month counts).</summary>
    public DayRange Within(int month)
    {
        var whole = OfMonths(month, month);
        return new DayRange(whole.From < From ? From : whole.From, whole.To > To ? To : whole.To);
    }

    /// <summary>The UTC instants bounding the local days, for comparing stored instants in SQL.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants() =>
        (VietnamTime.At(From, TimeOnly.MinValue), VietnamTime.At(To.AddDays(1), TimeOnly.MinValue));
}

public sealed class DayRangeValidator : AbstractValidator<DayRange>
{
    public DayRangeValidator()
    {
        RuleFor(p => p.From.Year).InclusiveBetween(2000, 9998).WithMessage("Ngày bắt đầu không hợp lệ.");
        RuleFor(p => p.To).GreaterThanOrEqualTo(p => p.From).WithMessage("Ngày kết thúc không được trước ngày bắt đầu.");
    }
}
