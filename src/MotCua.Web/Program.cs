using MotCua.Infrastructure;
using MotCua.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogging();
builder.AddInfrastructure();
builder.AddCommandLayer();
builder.AddPortalSecurity();
builder.AddPortalWeb();

var app = builder.Build();

if (await app.RunCommandLineAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.InitializeDatabaseAsync();
app.UsePortal();
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
