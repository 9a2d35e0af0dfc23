using MotCua.Application;
using MotCua.Application.Common.Security;
using MotCua.Web.Security;

namespace MotCua.Web.Hosting;

internal static class CommandLayerSetup
{
    /// <summary>
    /// Mediator (source-generated, MediatR-shaped) scans the Application assembly for requests and handlers at
    /// compile time. Scoped, so handlers can take the scoped DbContext.
    /// </summary>
    public static WebApplicationBuilder AddCommandLayer(this WebApplicationBuilder builder)
    {
        builder.Services.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped);
        builder.Services.AddApplication();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
