using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MotCua.Infrastructure.Maintenance;

/// <summary>Runs <see cref="AbandonedDataPurger"/> every <see cref="MaintenanceOptions.Interval"/>; a failed run is logged and retried next time.</summary>
internal sealed partial class MaintenanceService(
    IServiceScopeFactory scopes, IOptions<MaintenanceOptions> options, TimeProvider clock, ILogger<MaintenanceService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AbandonedDataPurger>().PurgeAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Purge of abandoned uploads failed; retried at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
