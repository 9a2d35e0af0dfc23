using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Procedures;
using MotCua.Domain.Reporting;

namespace MotCua.Application.Catalog;

/// <summary>
/// The copy of the catalogue this server holds (one for the whole process), replaced when the stamp a request read is
/// not the copy's (a newer one, or an older one after a restore): read again by one request while the others wait.
/// </summary>
internal sealed class CatalogCache : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);

    private volatile CatalogSnapshot? _current;

    public async Task<CatalogSnapshot> GetAsync(IAppDbContext db, long version, CancellationToken cancellationToken)
    {
        if (_current is { } current && current.Version == version)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is not { } loaded || loaded.Version != version)
            {
                _current = loaded = await CatalogSnapshot.LoadAsync(db, version, cancellationToken);
            }

            return loaded;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();
}

/// <summary>
/// What the public pages need to know is current, read once per request in one statement: the catalogue's stamp and
/// the sum of every unit's rollup stamps (the public figures are kept under it).
/// </summary>
internal sealed class PublicStamps(IAppDbContext db, CatalogCache catalog)
{
    private Task<Stamps>? _read;

    public async Task<CatalogSnapshot> CatalogAsync(CancellationToken cancellationToken) =>
        await catalog.GetAsync(db, (await ReadAsync(cancellationToken)).Catalog, cancellationToken);

    public async Task<long> RollupsAsync(CancellationToken cancellationToken) => (await ReadAsync(cancellationToken)).Rollups;

    private static readonly Func<DbContext, CancellationToken, Task<Stamps>> Read = EF.CompileAsyncQuery(
        (DbContext db, CancellationToken _) => db.Set<CatalogStamp>()
            .Where(c => c.Id == CatalogStamp.SingleId)
            .Select(c => new Stamps { Catalog = c.Version, Rollups = db.Set<RollupStamp>().Sum(s => (long?)s.Version) ?? 0 })
            .First());

    private Task<Stamps> ReadAsync(CancellationToken cancellationToken) => _read ??= Read(db.AsDbContext(), cancellationToken);

    private sealed class Stamps
    {
        public long Catalog { get; init; }

        public long Rollups { get; init; }
    }
}
