using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;
using MotCua.Infrastructure.Persistence;

namespace MotCua.Web.Tests.Leader;

/// <summary>
/// The demo office plus a small hand-counted story in October 2026, in two communes of their own under the
/// province: "Xã Kiểm Thử Cũ" (merged into "Xã Kiểm Thử Mới" on 31/10/2026; its dossiers still report under it)
/// and its successor, with a procedure of 5 working days of their own. Every dossier goes through the domain.
/// <code>
/// Old unit  A counter  accepted 1/10 resolved 6/10        early, 3 working days, rated 5/5/5 (satisfied)
///           B online, result delivered online: supplement 2/10, answered 5/10, resolved 6/10: early, 3 days,
///             rated 2/3/3 (not satisfied)
///           C counter  supplement twice, resolved 7/10: late by the second supplement, 4 days
///           D counter  resolved 21/10: late, 14 days
///           E counter  still pending, assigned to chuyenvien@: overdue now
/// New unit  F counter  accepted 1/10 resolved 2/10: early, 1 day
///           G counter  pending, due today: within time, due soon
/// </code>
/// </summary>
public sealed class DashboardFactory : PortalFactory
{
    private readonly Lock _gate = new();
    private bool _seeded;

    public int OldUnitId { get; private set; }

    public int NewUnitId { get; private set; }

    public int ProcedureId { get; private set; }

    public int FieldId { get; private set; }

    public Dictionary<string, string> Codes { get; } = [];

    public void EnsureSeeded()
    {
        lock (_gate)
        {
            if (_seeded)
            {
                return;
            }

            Seed();
            _seeded = true;
        }
    }

    private static DateTimeOffset Local(int day, int hour) => new(2026, 10, day, hour, 0, 0, VietnamTime.Offset);

    private void Seed()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var calendar = scope.ServiceProvider.GetRequiredService<IWorkingCalendarProvider>().GetAsync().AsTask().GetAwaiter().GetResult();
        var province = db.Users.Where(u => u.Email == "lanhdao@motcua.local").Select(u => u.UnitId).Single();
        var newUnit = new Unit { Code = "T.DASH.NEW", Name = "Xã Kiểm Thử Mới", Level = UnitLevel.Commune, ParentId = province, ValidFrom = new DateOnly(2025, 7, 1) };
        db.Units.Add(newUnit);
        db.SaveChanges();
        var oldUnit = new Unit
        {
            Code = "T.DASH.OLD", Name = "Xã Kiểm Thử Cũ", Level = UnitLevel.Commune, ParentId = province,
            ValidFrom = new DateOnly(2025, 7, 1), ValidTo = new DateOnly(2026, 10, 31), SuccessorId = newUnit.Id,
        };
        FieldId = db.Fields.OrderBy(f => f.Id).Select(f => f.Id).First();
        var procedure = new Procedure
        {
            Code = "T.DASH.01", Name = "Thủ tục kiểm thử điều hành", FieldId = FieldId, ImplementingLevel = UnitLevel.Commune,
            OnlineLevel = OnlineLevel.Full, TimeLimit = 5, TimeLimitUnit = TimeLimitUnit.WorkingDays, Result = "Giấy xác nhận",
            LegalBasis = "Kiểm thử", IsActive = false,
        };
        db.Units.Add(oldUnit);
        db.Procedures.Add(procedure);
        db.SaveChanges();
        (OldUnitId, NewUnitId, ProcedureId) = (oldUnit.Id, newUnit.Id, procedure.Id);

        var officer = new Actor(null, "Cán bộ kiểm thử");
        var number = 0;
        Dossier New(string name, Unit unit, Channel channel = Channel.Counter, DeliveryMethod delivery = DeliveryMethod.Counter)
        {
            number++;
            var code = $"{unit.Code}-261001-{number:D4}";
            Codes[name] = code;
            var dossier = Dossier.Create(
                code, TrackingKey.Hash("DASH" + number.ToString(CultureInfo.InvariantCulture)), procedure, unit.Id, channel, delivery,
                new Applicant { FullName = "Nguyễn Văn " + name, CitizenId = "0341990" + (20000 + number).ToString(CultureInfo.InvariantCulture), Phone = "0912345678", Address = "Thôn Kiểm Thử" },
                Local(1, 8), channel == Channel.Online ? Actor.Applicant : officer);
            dossier.Accept(Local(1, 9), officer, calendar);
            dossier.StartProcessing(Local(1, 10), officer);
            db.Dossiers.Add(dossier);
            return dossier;
        }

        var a = New("A", oldUnit);
        a.Resolve(Local(6, 10), officer, calendar: calendar);
        a.Rate(5, 5, 5, null, Local(22, 9));

        var b = New("B", oldUnit, Channel.Online, DeliveryMethod.Online);
        b.RequestSupplement(Local(2, 9), officer, ["Bản sao giấy khai sinh"]);
        b.AnswerSupplement(Local(5, 9), null, calendar);
        b.Resolve(Local(6, 10), officer, calendar: calendar);
        b.Rate(2, 3, 3, null, Local(22, 10));

        var c = New("C", oldUnit);
        c.RequestSupplement(Local(2, 9), officer, ["Tờ khai"]);
        c.AnswerSupplement(Local(5, 9), null, calendar);
        c.RequestSupplement(Local(5, 14), officer, ["Bản sao sổ hộ khẩu"]);
        c.AnswerSupplement(Local(6, 9), null, calendar);
        c.Resolve(Local(7, 10), officer, calendar: calendar);

        var d = New("D", oldUnit);
        d.Resolve(Local(21, 10), officer, calendar: calendar);

        var e = New("E", oldUnit);
        e.AssignTo(db.Users.Where(u => u.Email == "chuyenvien@motcua.local").Select(u => u.Id).Single(), Local(1, 11));

        var f = New("F", newUnit);
        f.Resolve(Local(2, 10), officer, calendar: calendar);

        New("G", newUnit);
        db.SaveChanges();

        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var g = Codes["G"];
        db.Dossiers.Where(x => x.Code == g).ExecuteUpdate(s => s.SetProperty(x => x.DueDate, today).SetProperty(x => x.AppointmentDate, today));

        // That update went round the saving pipeline, so the pending counters are rebuilt as the migration fills them.
        db.Database.ExecuteSqlRaw(
            """
            DELETE FROM "PendingByDueDays";
            INSERT INTO "PendingByDueDays" ("UnitId", "DueDate", "Count")
            SELECT "ReceivingUnitId", "DueDate", COUNT(*) FROM "Dossiers"
            WHERE "Status" IN (2, 4, 5, 6) AND "DueDate" IS NOT NULL
            GROUP BY "ReceivingUnitId", "DueDate";
            """);
    }
}
