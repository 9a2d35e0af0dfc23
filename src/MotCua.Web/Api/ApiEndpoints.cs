namespace MotCua.Web.Api;

/// <summary>The public JSON API, versioned under /api/v1 and described at /openapi/v1.json.</summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").DisableAntiforgery();
        v1.MapProcedures();

        v1.MapCalendarApi();

        v1.MapDossierEndpoints();
        return app;
    }
}
