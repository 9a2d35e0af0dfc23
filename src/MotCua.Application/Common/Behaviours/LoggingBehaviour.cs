using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace MotCua.Application.Common.Behaviours;

/// <summary>
/// Logs each request's name, duration and outcome. Only the type name is logged, never the message itself,
/// because messages carry citizens' personal data.
/// </summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).FullName?.Replace("MotCua.Application.", string.Empty, StringComparison.Ordinal);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            logger.LogInformation(
                "Request {Request} succeeded in {ElapsedMs:0.0} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            logger.LogWarning(
                "Request {Request} failed with {Error} in {ElapsedMs:0.0} ms",
                name,
                ex.GetType().Name,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
