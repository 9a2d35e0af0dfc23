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
        // A validator is built once when it needs no service (its rules are parsed from expressions when built, and it
        // holds no state); one that reads the database or the user is built per request.
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, r => !NeedsServices(r), includeInternalTypes: true);
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, NeedsServices, includeInternalTypes: true);
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

    private static bool NeedsServices(AssemblyScanner.AssemblyScanResult validator) =>
        validator.ValidatorType.GetConstructors().Any(c => c.GetParameters().Length > 0);
}
