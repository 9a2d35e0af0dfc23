using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Application.Common.Behaviours;

namespace MotCua.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators and pipeline behaviours, outermost first: logging → validation → transaction.
    /// The handlers themselves are registered by the Mediator source generator in the composition root.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddMemoryCache();
        services.AddScoped<Dashboard.ProcedureFlows>();
        services.AddScoped<Reports.RollupFigureCache>();
        services.AddSingleton<Catalog.CatalogCache>();
        services.AddScoped<Catalog.PublicStamps>();
        return services;
    }
}
