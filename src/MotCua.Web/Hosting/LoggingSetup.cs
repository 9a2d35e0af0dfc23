using Serilog;
using Serilog.Events;

namespace MotCua.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>Serilog from configuration: console plus a rolling file under App_Data/logs.</summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, config) => config
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));
        return builder;
    }

    /// <summary>
    /// One line per request with the route pattern rather than the raw path: paths and query strings can carry
    /// a dossier code or lookup key, and request bodies carry personal data, so neither is logged.
    /// </summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {Endpoint} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetLevel = (context, _, ex) => ex is not null || context.Response.StatusCode >= 500
                ? LogEventLevel.Error
                : LogEventLevel.Information;
            o.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("Endpoint", context.GetEndpoint()?.DisplayName ?? "(static or unmatched)");
        });
}
