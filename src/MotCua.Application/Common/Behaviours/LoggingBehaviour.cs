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
    private static readonly string Name =
        typeof(TMessage).FullName?.Replace("MotCua.Application.", string.Empty, StringComparison.Ordinal) ?? typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(
                    "Request {Request} succeeded in {ElapsedMs:0.0} ms", Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception ex)
        {
            logger.LogWarning(
                "Request {Request} failed with {Error} in {ElapsedMs:0.0} ms",
                Name,
                ex.GetType().Name,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
