using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using MotCua.Application.Common.Security;
using MotCua.Web.Api;
using MotCua.Web.Security;
using MotCua.Web.Validation;

namespace MotCua.Web.Hosting;

internal static class WebSetup
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static WebApplicationBuilder AddPortalWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Officer", SecuritySetup.OfficerPolicy);
                o.Conventions.AuthorizeFolder("/Leader", Roles.Leader);
                o.Conventions.AuthorizeFolder("/Admin", Roles.Admin);
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<ValidationPageFilter>();
                o.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Vui lòng nhập giá trị.");
                o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((v, _) => $"Giá trị “{v}” không hợp lệ.");
                o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(v => $"Giá trị “{v}” không hợp lệ.");
                o.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(f => $"Thiếu thông tin “{f}”.");
            });
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);

        // The dashboard's figures HTML is kept under a key with its units' rollup stamp, so each change leaves a
        // fragment no request reads again until it expires; 16 MB (a few hundred dashboards) bounds them, not 100 MB.
        services.Configure<Microsoft.AspNetCore.Mvc.TagHelpers.CacheTagHelperOptions>(o => o.SizeLimit = 16 * 1024 * 1024);

        // Razor would otherwise write Vietnamese letters as numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = [Vietnamese];
            o.SupportedUICultures = [Vietnamese];
            o.RequestCultureProviders.Clear();
        });

        services.AddProblemDetails();
        services.AddOpenApi("v1");
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddSingleton<Submission.PendingUploads>();
        services.AddSingleton<Submission.TrackingCookie>();
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Pages get a friendly Vietnamese page; APIs get ProblemDetails for bare error statuses.
        app.UseWhen(c => !IsApi(c), b => b.UseStatusCodePagesWithReExecute("/loi/{0}"));
        app.UseWhen(IsApi, b => b.UseStatusCodePages());
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseRequestLogging();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapPortalApi();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
