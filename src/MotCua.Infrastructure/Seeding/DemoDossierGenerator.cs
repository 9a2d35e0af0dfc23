using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MotCua.Application.Common.Security;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using Microsoft.EntityFrameworkCore.Storage;
using MotCua.Infrastructure.Persistence;
using MotCua.Infrastructure.Reporting;

namespace MotCua.Infrastructure.Seeding;

/// <summary>
/// Twelve months of dossiers produced through the domain's own rules (acceptance, pauses, classification), so the
/// demo's due dates and on-time figures are exactly what the rules give. Written in batches by the bulk inserter,
/// with the period rollups their status changes imply.
/// </summary>
public sealed class DemoDossierGenerator(
    AppDbContext db, TimeProvider clock, IOptions<DemoDataOptions> options, ILogger<DemoDossierGenerator> logger)
{
    private const int BatchSize = 5_000;

    public async Task GenerateAsync(int count, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var random = new Random(options.Value.RandomSeed);
        var calendar = WorkingCalendar.ForYears(now.Year - 2, now.Year + 2);
        var world = await DemoWorld.LoadAsync(db, cancellationToken);
        var codes = new DossierCodeBook(await db.DossierCounters.ToDictionaryAsync(c => (c.UnitId, c.Day), c => c, cancellationToken));
        var start = now.AddDays(-365);
        var instants = Enumerable.Range(0, count)
            .Select(_ => WorkingInstant(random, calendar, start, now))
            .Order()
            .ToList();

        var keys = await NextKeys.LoadAsync(db, cancellationToken);
        var rollups = new RollupSums();
        var pending = new PendingSums();
        var batch = new List<Dossier>(BatchSize);
        foreach (var submittedAt in instants)
        {
            batch.Add(NextDossier(random, world, calendar, codes, submittedAt, now));
            if (batch.Count == BatchSize)
            {
                await FlushAsync(batch, keys, rollups, pending, cancellationToken);
            }
        }

        await FlushAsync(batch, keys, rollups, pending, cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await RollupWriter.ApplyAsync(db, rollups, cancellationToken);
            var pendingCounts = pending.ToList();
            await PendingCountWriter.ApplyAsync(db, pendingCounts, cancellationToken);
            await RollupWriter.StampAsync(db, RollupWriter.UnitsOf(rollups, pendingCounts), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await codes.SaveAsync(db, cancellationToken);
        logger.LogInformation("Demo data: {Count} dossiers generated", count);
    }

    /// <summary>Writes a batch with the bulk inserter (keys assigned here) in one transaction; rollups and pending counters are summed for the end.</summary>
    private async Task FlushAsync(
        List<Dossier> batch, NextKeys keys, RollupSums rollups, PendingSums pending, CancellationToken cancellationToken)
    {
        foreach (var dossier in batch)
        {
            keys.Assign(dossier);
            rollups.Take(dossier);
            pending.AddNew(dossier);
        }

        var inserter = new BulkInserter(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tx = transaction.GetDbTransaction();
        await inserter.InsertAsync(batch, tx, cancellationToken);
        await inserter.InsertAsync(batch.SelectMany(d => d.Transitions), tx, cancellationToken);
        await inserter.InsertAsync(batch.SelectMany(d => d.Pauses), tx, cancellationToken);
        await inserter.InsertAsync(batch.SelectMany(d => d.Extensions), tx, cancellationToken);
        await inserter.InsertAsync(batch.SelectMany(d => d.SupplementRequests), tx, cancellationToken);
        await inserter.InsertAsync(batch.SelectMany(d => d.ReceivedPapers), tx, cancellationToken);
        await inserter.InsertAsync(batch.Where(d => d.Rating is not null).Select(d => d.Rating!), tx, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        batch.Clear();
    }

    private static Dossier NextDossier(
        Random random, DemoWorld world, WorkingCalendar calendar, DossierCodeBook codes, DateTimeOffset submittedAt, DateTimeOffset now)
    {
        var procedure = world.PickProcedure(random);
        var unit = world.PickReceivingUnit(random, procedure);
        var channel = procedure.OnlineLevel == OnlineLevel.CounterOnly
            ? (random.Next(20) == 0 ? Channel.Postal : Channel.Counter)
            : random.Next(100) switch { < 55 => Channel.Online, < 95 => Channel.Counter, _ => Channel.Postal };
        var delivery = channel == Channel.Online && random.Next(3) == 0 ? DeliveryMethod.Online
            : random.Next(8) == 0 ? DeliveryMethod.Post : DeliveryMethod.Counter;
        var code = codes.Next(unit, VietnamTime.LocalDate(submittedAt));
        var dossier = Dossier.Create(
            code, TrackingKey.Hash(code), procedure, unit.Id, channel, delivery,
            DemoPeople.Next(random, unit.Name), submittedAt, channel == Channel.Counter ? world.ReceptionOf(unit.Id) : Actor.Applicant);
        new DemoStory(random, calendar, world, now).Play(dossier, procedure, unit.Id);
        return dossier;
    }

    /// <summary>A moment in office hours on a working day, busier in the morning; online ones also at night.</summary>
    private static DateTimeOffset WorkingInstant(Random random, WorkingCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        while (true)
        {
            var at = from.AddMinutes(random.NextDouble() * (to - from).TotalMinutes);
            var local = VietnamTime.ToLocal(at);
            var minute = local.Hour * 60 + local.Minute;
            var inHours = minute is >= 450 and < 690 or >= 780 and < 1020;
            if (calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && (inHours || random.Next(10) == 0))
            {
                return at;
            }
        }
    }
}

/// <summary>
/// Per unit and day sequence numbers, continuing the counters that already exist and saving them afterwards,
/// so codes handed out later by the real allocator carry on from the seeded ones.
/// </summary>
internal sealed class DossierCodeBook(Dictionary<(int UnitId, DateOnly Day), DossierCounter> counters)
{
    private readonly HashSet<(int, DateOnly)> _added = [];

    public string Next(Domain.Units.Unit unit, DateOnly day)
    {
        if (!counters.TryGetValue((unit.Id, day), out var counter))
        {
            counter = new DossierCounter { UnitId = unit.Id, Day = day };
            counters[(unit.Id, day)] = counter;
            _added.Add((unit.Id, day));
        }

        counter.Last++;
        return DossierCode.Format(unit.Code, day, counter.Last);
    }

    public async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (key, counter) in counters)
        {
            if (_added.Contains(key))
            {
                db.DossierCounters.Add(counter);
            }
            else
            {
                db.DossierCounters.Update(counter);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}

/// <summary>The units, procedures and officers a demo dossier can involve.</summary>
internal sealed class DemoWorld
{
    private readonly List<Procedure> _procedures;
    private readonly int[] _cumulativePopularity;
    private readonly Dictionary<int, (string Id, string Name)[]> _specialists;
    private readonly Dictionary<int, (string Id, string Name)> _reception;

    private DemoWorld(List<Procedure> procedures, Dictionary<int, Domain.Units.Unit> units, List<(string Id, string Name, int UnitId, string Role)> officers)
    {
        _procedures = procedures;
        Units = units;
        var sum = 0;
        _cumulativePopularity = procedures.Select(p => sum += Math.Max(1, p.Popularity)).ToArray();
        _specialists = officers.Where(o => o.Role == Roles.Specialist).GroupBy(o => o.UnitId)
            .ToDictionary(g => g.Key, g => g.Select(o => (o.Id, o.Name)).ToArray());
        _reception = officers.Where(o => o.Role == Roles.Reception).GroupBy(o => o.UnitId)
            .ToDictionary(g => g.Key, g => (g.First().Id, g.First().Name));
    }

    public Dictionary<int, Domain.Units.Unit> Units { get; }

    public static async Task<DemoWorld> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var procedures = await db.Procedures.AsNoTracking().Include(p => p.ReceivingUnits).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var officers = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            select new { user.Id, user.DisplayName, user.UnitId, RoleName = role.Name! })
            .ToListAsync(cancellationToken);
        return new DemoWorld(procedures, units, officers.Select(o => (o.Id, o.DisplayName, o.UnitId, o.RoleName)).ToList());
    }

    public Procedure PickProcedure(Random random)
    {
        var ticket = random.Next(_cumulativePopularity[^1]);
        var index = Array.BinarySearch(_cumulativePopularity, ticket + 1);
        return _procedures[index >= 0 ? index : ~index];
    }

    /// <summary>The demo reception officer's commune (the first) gets a bigger share, so the demo queue is busy.</summary>
    public Domain.Units.Unit PickReceivingUnit(Random random, Procedure procedure)
    {
        var ids = procedure.ReceivingUnits.Select(r => r.UnitId).Where(id => Units[id].ValidTo is null).ToList();
        var favourite = ids.FirstOrDefault(id => _reception.ContainsKey(id));
        var id = favourite != 0 && random.Next(4) == 0 ? favourite : ids[random.Next(ids.Count)];
        return Units[id];
    }

    public Actor ReceptionOf(int unitId) =>
        _reception.TryGetValue(unitId, out var officer) ? new Actor(officer.Id, officer.Name) : new Actor(null, "Cán bộ một cửa");

    public Actor? SpecialistOf(Random random, int unitId) =>
        _specialists.TryGetValue(unitId, out var list) ? ToActor(list[random.Next(list.Length)]) : null;

    private static Actor ToActor((string Id, string Name) officer) => new(officer.Id, officer.Name);
}

/// <summary>The next free key of each dossier table, so bulk-inserted rows can carry their keys.</summary>
internal sealed class NextKeys
{
    private long _dossier;
    private long _transition;
    private long _pause;
    private long _extension;
    private long _supplement;
    private long _paper;
    private long _rating;

    public static async Task<NextKeys> LoadAsync(AppDbContext db, CancellationToken cancellationToken) => new()
    {
        _dossier = (await db.Dossiers.MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0) + 1,
        _transition = (await db.Set<DossierTransition>().MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0) + 1,
        _pause = (await db.Set<DossierPause>().MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0) + 1,
        _extension = (await db.Set<DossierExtension>().MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0) + 1,
        _supplement = (await db.Set<SupplementRequest>().MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0) + 1,
        _paper = (await db.Set<ReceivedPaper>().MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0) + 1,
        _rating = (await db.Set<Rating>().MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0) + 1,
    };

    public void Assign(Dossier dossier)
    {
        dossier.Id = _dossier++;
        foreach (var t in dossier.Transitions)
        {
            (t.Id, t.DossierId) = (_transition++, dossier.Id);
        }

        foreach (var p in dossier.Pauses)
        {
            (p.Id, p.DossierId) = (_pause++, dossier.Id);
        }

        foreach (var e in dossier.Extensions)
        {
            (e.Id, e.DossierId) = (_extension++, dossier.Id);
        }

        foreach (var s in dossier.SupplementRequests)
        {
            (s.Id, s.DossierId) = (_supplement++, dossier.Id);
        }

        foreach (var p in dossier.ReceivedPapers)
        {
            (p.Id, p.DossierId) = (_paper++, dossier.Id);
        }

        if (dossier.Rating is { } rating)
        {
            (rating.Id, rating.DossierId) = (_rating++, dossier.Id);
        }
    }
}
