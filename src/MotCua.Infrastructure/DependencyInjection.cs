using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MotCua.Application.Common;
using MotCua.Application.Common.Auditing;
using MotCua.Application.Common.Files;
using MotCua.Application.Common.Security;
using MotCua.Application.Dossiers;
using MotCua.Application.Submissions;
using MotCua.Infrastructure.Files;
using MotCua.Infrastructure.Identity;
using MotCua.Infrastructure.Maintenance;
using MotCua.Infrastructure.Security;
using MotCua.Infrastructure.Persistence;
using MotCua.Infrastructure.Persistence.Sqlite;
using MotCua.Infrastructure.Seeding;

namespace MotCua.Infrastructure;

public static class DependencyInjection
{
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            var connection = configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException("ConnectionStrings:SqlServer is required when Database:Provider is SqlServer.");
            services.AddDbContext<AppDbContext, SqlServerAppDbContext>(o => o.UseSqlServer(connection));
        }
        else
        {
            var connection = SqliteConnectionString(configuration, builder.Environment);
            services.AddSingleton(_ => new SqliteConnectionPool(connection));
            services.AddScoped<SqliteConnectionLease>();
            // Added before AddDbContext, which then keeps it: a scope's context runs on the scope's pooled connection
            // (rented first, so the scope returns it after disposing the context).
            services.AddScoped<AppDbContext>(provider => provider.GetRequiredService<SqliteConnectionLease>()
                .CreateContext(provider.GetRequiredService<DbContextOptions<SqliteAppDbContext>>()));
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite());
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IWorkingCalendarProvider, WorkingCalendarProvider>();
        services.AddSingleton<WorkingCalendarCache>();
        services.AddSingleton<IWorkingCalendarCache>(sp => sp.GetRequiredService<WorkingCalendarCache>());
        services.AddScoped<IDossierCodeAllocator, DossierCodeAllocator>();
        services.AddScoped<ISubmissionLock, SubmissionLock>();
        services.AddScoped<MotCua.Application.Processing.IOfficerDirectory, Identity.OfficerDirectory>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<Reporting.DayRollupBackfill>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoDossierGenerator>();
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton<IFileStore, DiskFileStore>();
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.Configure<MaintenanceOptions>(configuration.GetSection(MaintenanceOptions.Section));
        services.AddScoped<AbandonedDataPurger>();
        services.AddHostedService<MaintenanceService>();

        services.AddScoped<Application.Administration.Officers.IOfficerAccounts, OfficerAccounts>();

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Defaults to a file under App_Data in the content root, created when missing.</summary>
    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "motcua.db")}";
    }
}
