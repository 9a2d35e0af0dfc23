namespace MotCua.Application.Common;

/// <summary>Pages of a list shown a fixed number of rows at a time.</summary>
public static class Paging
{
    /// <summary>How many pages <paramref name="total"/> rows fill: at least one, so an empty list still has its first page.</summary>
    public static int Pages(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>The page to show: the one asked for, kept within the list.</summary>
    public static int Clamp(int page, int total, int pageSize) => Math.Clamp(page, 1, Pages(total, pageSize));
}
