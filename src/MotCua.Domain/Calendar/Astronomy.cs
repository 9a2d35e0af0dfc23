namespace MotCua.Domain.Calendar;

/// <summary>
/// Low-precision formulas from Jean Meeus, "Astronomical Algorithms" (1998), as used by Hồ Ngọc Đức:
/// accurate to minutes for 1900-2199, enough to decide the day of a new moon and of a solar term.
/// </summary>
internal static class Astronomy
{
    private const double Degree = Math.PI / 180;

    /// <summary>Julian day (UTC) of the k-th new moon after 1900-01-01.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * Degree);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * Degree)) + (0.0021 * Math.Sin(2 * Degree * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * Degree)) + (0.0161 * Math.Sin(Degree * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(Degree * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(Degree * 2 * f)) - (0.0051 * Math.Sin(Degree * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(Degree * (m - mpr))) + (0.0004 * Math.Sin(Degree * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(Degree * ((2 * f) - m))) - (0.0006 * Math.Sin(Degree * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(Degree * ((2 * f) - mpr))) + (0.0005 * Math.Sin(Degree * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude in radians, normalised to [0, 2π).</summary>
    public static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525;
        var t2 = t * t;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(Degree * m);
        dl = dl + ((0.019993 - (0.000101 * t)) * Math.Sin(Degree * 2 * m)) + (0.000290 * Math.Sin(Degree * 3 * m));
        var l = (l0 + dl) * Degree;
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }
}
