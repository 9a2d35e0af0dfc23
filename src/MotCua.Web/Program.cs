using MotCua.Infrastructure;
using MotCua.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogging();
builder.AddInfrastructure();
builder.AddCommandLayer();
builder.AddPortalSecurity();
builder.AddPortalWeb();

var app = builder.Build();

if (await app.RunCommandLineAsync(args))
{
    return;
}

await app.InitializeDatabaseAsync();
app.UsePortal();
await app.RunAsync();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
