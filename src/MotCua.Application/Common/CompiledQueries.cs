using Microsoft.EntityFrameworkCore;

namespace MotCua.Application.Common;

internal static class CompiledQueries
{
    /// <summary>
    /// The EF Core context behind <see cref="IAppDbContext"/>, for a query compiled once with
    /// <see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, IQueryable{TResult}}})"/>:
    /// the few queries every request of a page makes skip EF's per-call translation lookup.
    /// </summary>
    public static DbContext AsDbContext(this IAppDbContext db) =>
        db as DbContext ?? throw new InvalidOperationException("IAppDbContext must be an EF Core DbContext.");
}
