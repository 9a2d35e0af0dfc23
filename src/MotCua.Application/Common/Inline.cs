using System.Linq.Expressions;

namespace MotCua.Application.Common;

/// <summary>
/// Builds one query expression out of parts written as lambdas, so a statement compiled once with
/// <c>EF.CompileAsyncQuery</c> can share its parts with others: the lambda's body with its parameters replaced by the
/// given expressions (what calling it would do, written into the tree EF Core translates).
/// </summary>
internal static class Inline
{
    public static Expression Body(LambdaExpression lambda, params Expression[] arguments)
    {
        if (arguments.Length != lambda.Parameters.Count)
        {
            throw new ArgumentException($"The lambda takes {lambda.Parameters.Count} arguments, not {arguments.Length}.", nameof(arguments));
        }

        return new Substitution(lambda.Parameters, arguments).Visit(lambda.Body);
    }

    /// <summary>The lambda with its first parameters replaced by <paramref name="arguments"/>, taking the others.</summary>
    public static Expression<TDelegate> Lambda<TDelegate>(LambdaExpression lambda, params Expression[] arguments)
        where TDelegate : Delegate
    {
        var rest = lambda.Parameters.Skip(arguments.Length).ToList();
        return Expression.Lambda<TDelegate>(Body(lambda, [.. arguments, .. rest]), rest);
    }

    private sealed class Substitution(IReadOnlyList<ParameterExpression> parameters, Expression[] arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                if (parameters[i] == node)
                {
                    return arguments[i];
                }
            }

            return node;
        }
    }
}
