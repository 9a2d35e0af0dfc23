# Multi-stage build on the official .NET images. Runs as the non-root "app" user that the aspnet image ships.
# SQLite (embedded default) keeps its file in the /app/App_Data volume; set Database__Provider=SqlServer and
# ConnectionStrings__SqlServer to use SQL Server instead (see docker-compose.yml).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props .editorconfig MotCua.sln ./
COPY src/MotCua.Domain/MotCua.Domain.csproj src/MotCua.Domain/
COPY src/MotCua.Application/MotCua.Application.csproj src/MotCua.Application/
COPY src/MotCua.Infrastructure/MotCua.Infrastructure.csproj src/MotCua.Infrastructure/
COPY src/MotCua.Web/MotCua.Web.csproj src/MotCua.Web/
RUN dotnet restore src/MotCua.Web/MotCua.Web.csproj
COPY src/ src/
RUN dotnet publish src/MotCua.Web/MotCua.Web.csproj -c Release -o /app/publish --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=Sqlite \
    Storage__Root=/app/App_Data/files
COPY --from=build /app/publish .
RUN mkdir -p /app/App_Data && chown -R app:app /app/App_Data
USER app
VOLUME ["/app/App_Data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD ["dotnet", "MotCua.Web.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "MotCua.Web.dll"]
