using MotCua.Domain.Calendar;
using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;
using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierHandoffTests
{
    private const int Commune = 5;

    private static readonly Unit Justice = new() { Id = 14, Code = "000.00.14.H31", Name = "Sở Tư pháp", Level = UnitLevel.Department, ValidFrom = new(2025, 7, 1) };

    private static readonly Unit Ward = new() { Id = Commune, Code = "000.01.40.H31", Name = "Phường Phố Hiến", Level = UnitLevel.Commune, ValidFrom = new(2025, 7, 1) };

    private static readonly Actor JusticeOfficer = new("u-stp", "Vũ Đức Anh");

    /// <summary>15 working days: the commune checks (5 days), Sở Tư pháp verifies (6), the commune signs and returns (4).</summary>
    private static readonly ProcessingPlan Plan = ProcessingPlan.Of(
    [
        new() { Order = 1, Name = "Tiếp nhận hồ sơ", Role = "TiepNhan", SharePercent = 5 },
        new() { Order = 2, Name = "Kiểm tra hồ sơ", Role = "ChuyenVien", SharePercent = 25 },
        new() { Order = 3, Name = "Sở Tư pháp thẩm tra, xác minh", Role = "ChuyenVien", SharePercent = 40, HandlingUnitId = Justice.Id },
        new() { Order = 4, Name = "Ký kết quả", Role = "LanhDao", SharePercent = 20 },
        new() { Order = 5, Name = "Trả kết quả", Role = "TiepNhan", SharePercent = 10 },
    ], timeLimit: 15);

    /// <summary>Accepted Tuesday 28 Apr 2026, the week of the 30 Apr and 1 May holidays, and in processing.</summary>
    private static Dossier InProcessing()
    {
        var dossier = Accepted(Days(15), Local(2026, 4, 28, 9, 0));
        dossier.StartProcessing(Local(2026, 4, 28, 9, 30), Specialist);
        return dossier;
    }

    [Fact]
    public void Each_stage_is_due_by_its_share_in_working_days_from_when_it_starts_skipping_holidays_and_weekends()
    {
        var dossier = InProcessing();

        dossier.HandOff(Plan, Justice, Specialist, Local(2026, 5, 5, 10, 0), WorkCalendar, "Đề nghị xác minh");

        Assert.Collection(
            dossier.ControlSheet.OrderBy(r => r.Sequence),
            first =>
            {
                // 5 days from Tue 28 Apr: 29 Apr, (30 Apr, 1 May holidays, weekend) 4, 5, 6, 7 May.
                Assert.Equal((Commune, Commune), (first.FromUnitId, first.ToUnitId));
                Assert.Equal(Local(2026, 4, 28, 9, 0), first.HandedOverAt);
                Assert.Equal("Nguyễn Thị Lan", first.HandedOverBy);
                Assert.Equal("Tiếp nhận hồ sơ; Kiểm tra hồ sơ", first.StepName);
                Assert.Equal(Date("2026-05-07"), first.DueDate);
                Assert.Equal(Timeliness.Early, first.Outcome);
                Assert.Equal(Specialist.Name, first.CompletedBy);
            },
            second =>
            {
                // 6 days from Tue 5 May: 6, 7, 8, 11, 12, 13 May.
                Assert.Equal((Commune, Justice.Id), (second.FromUnitId, second.ToUnitId));
                Assert.Equal(3, second.StepOrder);
                Assert.Equal(Date("2026-05-13"), second.DueDate);
                Assert.True(second.IsOpen);
                Assert.Null(second.Outcome);
                Assert.Equal("Đề nghị xác minh", second.Note);
            });
        Assert.Equal(Justice.Id, dossier.CurrentUnitId);
        Assert.Equal(Commune, dossier.ReceivingUnitId);
    }

    [Fact]
    public void Handing_back_and_resolving_classify_each_row_on_time_or_late_against_its_own_due_date()
    {
        var dossier = InProcessing();
        dossier.AssignTo("u-chuyen-vien", Local(2026, 4, 28, 10, 0));
        dossier.HandOff(Plan, Justice, Specialist, Local(2026, 5, 5, 10, 0), WorkCalendar);
        Assert.Null(dossier.AssigneeId);

        dossier.HandOff(Plan, Ward, JusticeOfficer, Local(2026, 5, 13, 16, 30), WorkCalendar);
        dossier.Resolve(Local(2026, 5, 20, 9, 0), Specialist);

        var rows = dossier.ControlSheet.OrderBy(r => r.Sequence).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(Timeliness.OnTime, rows[1].Outcome);
        Assert.Equal(JusticeOfficer.Name, rows[1].CompletedBy);
        Assert.Equal((Justice.Id, Commune), (rows[2].FromUnitId, rows[2].ToUnitId));
        Assert.Equal(Date("2026-05-19"), rows[2].DueDate); // 4 days from Wed 13 May: 14, 15, 18, 19.
        Assert.Equal(Timeliness.Late, rows[2].Outcome);
        Assert.Equal(Local(2026, 5, 20, 9, 0), rows[2].CompletedAt);
        Assert.All(rows, r => Assert.False(r.IsOpen));
        Assert.Equal(Timeliness.Early, dossier.Outcome); // the dossier itself is due 21 May, judged on its own date
    }

    [Fact]
    public void Each_hand_off_is_written_in_the_history_without_changing_the_status()
    {
        var dossier = InProcessing();
        var version = dossier.Version;

        dossier.HandOff(Plan, Justice, Specialist, Local(2026, 5, 5, 10, 0), WorkCalendar, "Ghi chú nội bộ");

        var last = dossier.Transitions[^1];
        Assert.Equal(DossierStatus.InProcessing, dossier.Status);
        Assert.Equal((DossierStatus?)DossierStatus.InProcessing, last.From);
        Assert.Equal(DossierStatus.InProcessing, last.To);
        Assert.Equal("Chuyển xử lý liên thông đến Sở Tư pháp", last.Note);
        Assert.Equal(LegalForm.ControlSheet, last.Form);
        Assert.Equal(version + 1, dossier.Version);
    }

    [Fact]
    public void A_pause_during_a_stage_moves_its_due_date_by_the_paused_working_days()
    {
        var dossier = InProcessing();
        dossier.HandOff(Plan, Justice, Specialist, Local(2026, 5, 5, 10, 0), WorkCalendar);

        dossier.RequestSupplement(Local(2026, 5, 7, 10, 0), JusticeOfficer, ["Bản sao hộ chiếu"]);
        dossier.AnswerSupplement(Local(2026, 5, 11, 10, 0), null, WorkCalendar);

        // Paused on 8 and 11 May (the day the pause opened still counts): 13 May + 2 working days.
        Assert.Equal(Date("2026-05-15"), dossier.OpenControlRow!.DueDate);
    }

    [Fact]
    public void Hour_based_stages_are_due_at_an_instant()
    {
        var dossier = Accepted(Hours(8), Local(2026, 3, 2, 8, 0));
        dossier.StartProcessing(Local(2026, 3, 2, 8, 0), Specialist);
        var plan = ProcessingPlan.Of(ProcessingPlanTests.DepartmentSteps(Justice.Id), timeLimit: 8);

        dossier.HandOff(plan, Justice, Specialist, Local(2026, 3, 2, 10, 0), WorkCalendar);

        var rows = dossier.ControlSheet.OrderBy(r => r.Sequence).ToList();
        Assert.Equal(Local(2026, 3, 2, 9, 0), rows[0].DueAt); // 1 hour (10 %, rounded) from 08:00
        Assert.Equal(Timeliness.Late, rows[0].Outcome);
        Assert.Equal(Local(2026, 3, 3, 8, 0), rows[1].DueAt); // 6 hours from 10:00: 1.5 h + 4 h, then 0.5 h from 07:30 next day
    }

    [Fact]
    public void Only_a_dossier_in_processing_can_be_handed_off_and_never_to_the_unit_holding_it()
    {
        var accepted = Accepted(Days(15), Local(2026, 4, 28, 9, 0));
        var paused = InProcessing();
        paused.RequestSupplement(Local(2026, 4, 28, 10, 0), Specialist, ["Tờ khai"]);
        var resolved = InProcessing();
        resolved.Resolve(Local(2026, 4, 28, 10, 0), Specialist);
        var processing = InProcessing();

        var notStarted = Assert.Throws<DomainException>(() => accepted.HandOff(Plan, Justice, Specialist, Local(2026, 5, 5, 10, 0), WorkCalendar));
        Assert.Throws<DomainException>(() => paused.HandOff(Plan, Justice, Specialist, Local(2026, 5, 5, 10, 0), WorkCalendar));
        Assert.Throws<DomainException>(() => resolved.HandOff(Plan, Justice, Specialist, Local(2026, 5, 5, 10, 0), WorkCalendar));
        var sameUnit = Assert.Throws<DomainException>(() => processing.HandOff(Plan, Ward, Specialist, Local(2026, 5, 5, 10, 0), WorkCalendar));
        var backwards = Assert.Throws<DomainException>(() => processing.HandOff(Plan, Justice, Specialist, Local(2026, 4, 28, 9, 10), WorkCalendar));

        Assert.Equal("Chỉ chuyển xử lý liên thông được hồ sơ đang xử lý; hồ sơ đang ở trạng thái “Được tiếp nhận”.", notStarted.Message);
        Assert.Contains("chính đơn vị này", sameUnit.Message, StringComparison.Ordinal);
        Assert.Contains("không được trước", backwards.Message, StringComparison.Ordinal);
        Assert.All([accepted, paused, resolved, processing], d => Assert.Empty(d.ControlSheet));
        Assert.Equal(Commune, processing.CurrentUnitId);
    }

    [Fact]
    public void Stopping_a_handed_off_dossier_closes_its_row_without_an_outcome()
    {
        var dossier = InProcessing();
        dossier.HandOff(Plan, Justice, Specialist, Local(2026, 5, 5, 10, 0), WorkCalendar);

        dossier.Stop(Local(2026, 5, 6, 10, 0), JusticeOfficer, "Người yêu cầu đã chết");

        var row = dossier.ControlSheet.Single(r => r.Sequence == 2);
        Assert.False(row.IsOpen);
        Assert.Null(row.Outcome);
        Assert.Equal("Dừng xử lý", row.Note);
    }
}
