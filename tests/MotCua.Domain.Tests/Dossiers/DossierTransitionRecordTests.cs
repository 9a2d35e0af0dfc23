using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;
using S = MotCua.Domain.Dossiers.DossierStatus;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierTransitionRecordTests
{
    private static void AssertLast(Dossier dossier, int version, S? from, S to, DateTimeOffset at, Actor actor, string note, LegalForm? form)
    {
        var last = dossier.Transitions[^1];
        Assert.Equal(version, dossier.Version);
        Assert.Equal(to, dossier.Status);
        Assert.Equal(from, last.From);
        Assert.Equal(to, last.To);
        Assert.Equal(at, last.At);
        Assert.Equal(actor.UserId, last.ActorId);
        Assert.Equal(actor.Name, last.ActorName);
        Assert.Equal(note, last.Note);
        Assert.Equal(form, last.Form);
    }

    [Fact]
    public void Every_transition_method_records_from_to_time_actor_note_and_form_and_bumps_the_version()
    {
        var dossier = Create(Days(10), Local(2026, 3, 2, 8, 0));
        Assert.Equal(0, dossier.Version);

        dossier.RequestSupplement(Local(2026, 3, 2, 8, 30), Reception, [" Tờ khai đăng ký khai sinh ", "", "Giấy chứng sinh"]);
        AssertLast(dossier, 1, S.Submitted, S.SupplementRequested, Local(2026, 3, 2, 8, 30), Reception,
            "Tờ khai đăng ký khai sinh; Giấy chứng sinh", LegalForm.SupplementRequest);

        dossier.AnswerSupplement(Local(2026, 3, 2, 9, 0), null, WorkCalendar);
        AssertLast(dossier, 2, S.SupplementRequested, S.Submitted, Local(2026, 3, 2, 9, 0), Actor.Applicant,
            "Công dân đã bổ sung hồ sơ", null);

        dossier.Accept(Local(2026, 3, 2, 9, 30), Reception, WorkCalendar);
        AssertLast(dossier, 3, S.Submitted, S.Accepted, Local(2026, 3, 2, 9, 30), Reception, "Tiếp nhận hồ sơ", LegalForm.Receipt);

        dossier.StartProcessing(Local(2026, 3, 2, 10, 0), Specialist);
        AssertLast(dossier, 4, S.Accepted, S.InProcessing, Local(2026, 3, 2, 10, 0), Specialist, "Bắt đầu xử lý", null);

        dossier.RequestFinancialObligation(Local(2026, 3, 2, 10, 30), Specialist, " Nộp lệ phí 8.000 đồng ");
        AssertLast(dossier, 5, S.InProcessing, S.FinancialObligation, Local(2026, 3, 2, 10, 30), Specialist,
            "Nộp lệ phí 8.000 đồng", null);

        dossier.FulfilFinancialObligation(Local(2026, 3, 2, 11, 0), Reception, WorkCalendar);
        AssertLast(dossier, 6, S.FinancialObligation, S.InProcessing, Local(2026, 3, 2, 11, 0), Reception,
            "Đã hoàn thành nghĩa vụ tài chính", null);

        dossier.RequestSupplement(Local(2026, 3, 2, 13, 30), Specialist, ["Bản sao trích lục"]);
        AssertLast(dossier, 7, S.InProcessing, S.SupplementRequested, Local(2026, 3, 2, 13, 30), Specialist,
            "Bản sao trích lục", LegalForm.SupplementRequest);

        dossier.AnswerSupplement(Local(2026, 3, 2, 14, 0), "Nộp tại quầy", WorkCalendar);
        AssertLast(dossier, 8, S.SupplementRequested, S.InProcessing, Local(2026, 3, 2, 14, 0), Actor.Applicant, "Nộp tại quầy", null);

        dossier.Resolve(Local(2026, 3, 3, 15, 0), Specialist);
        AssertLast(dossier, 9, S.InProcessing, S.Resolved, Local(2026, 3, 3, 15, 0), Specialist, "Đã có kết quả giải quyết", null);

        dossier.ReturnResult(Local(2026, 3, 4, 8, 0), Reception, " Lê Văn Đức ");
        AssertLast(dossier, 10, S.Resolved, S.Returned, Local(2026, 3, 4, 8, 0), Reception, "Trả kết quả cho: Lê Văn Đức", null);

        Assert.Equal(11, dossier.Transitions.Count);
        Assert.Equal(
            [S.Submitted, S.SupplementRequested, S.Submitted, S.Accepted, S.InProcessing, S.FinancialObligation, S.InProcessing,
                S.SupplementRequested, S.InProcessing, S.Resolved, S.Returned],
            dossier.Transitions.Select(t => t.To));
    }

    [Fact]
    public void Refuse_records_the_refusal_form_with_the_reason()
    {
        var dossier = Create(Days(10), Local(2026, 3, 2, 8, 0));
        dossier.Refuse(Local(2026, 3, 2, 9, 0), Reception, "  Không thuộc thẩm quyền  ");
        AssertLast(dossier, 1, S.Submitted, S.Refused, Local(2026, 3, 2, 9, 0), Reception, "Không thuộc thẩm quyền", LegalForm.Refusal);
    }

    [Fact]
    public void Stop_records_the_stop_processing_form_with_the_reason()
    {
        var dossier = Accepted(Days(10), Local(2026, 3, 2, 8, 0));
        dossier.Stop(Local(2026, 3, 2, 9, 0), Specialist, "Giấy tờ giả mạo");
        AssertLast(dossier, 2, S.Accepted, S.Stopped, Local(2026, 3, 2, 9, 0), Specialist, "Giấy tờ giả mạo", LegalForm.StopProcessing);
    }

    [Fact]
    public void Withdraw_records_the_applicant_request_with_a_default_note()
    {
        var dossier = Accepted(Days(10), Local(2026, 3, 2, 8, 0));
        dossier.Withdraw(Local(2026, 3, 2, 9, 0), Actor.Applicant, null);
        AssertLast(dossier, 2, S.Accepted, S.Withdrawn, Local(2026, 3, 2, 9, 0), Actor.Applicant, "Công dân yêu cầu rút hồ sơ", null);
    }

    [Fact]
    public void Optional_notes_replace_the_default_text()
    {
        var dossier = Accepted(Days(10), Local(2026, 3, 2, 8, 0));
        dossier.StartProcessing(Local(2026, 3, 2, 9, 0), Specialist, "Chuyển phòng Tư pháp");
        Assert.Equal("Chuyển phòng Tư pháp", dossier.Transitions[^1].Note);
        dossier.Resolve(Local(2026, 3, 2, 10, 0), Specialist, "Đã ký giấy khai sinh");
        Assert.Equal("Đã ký giấy khai sinh", dossier.Transitions[^1].Note);
    }

    [Fact]
    public void A_transition_cannot_be_dated_before_the_previous_one()
    {
        var dossier = Accepted(Days(10), Local(2026, 3, 2, 9, 0));
        dossier.StartProcessing(Local(2026, 3, 2, 10, 0), Specialist);
        dossier.RequestSupplement(Local(2026, 3, 4, 9, 0), Specialist, ["Tờ khai"]);

        Assert.Throws<DomainException>(() => dossier.AnswerSupplement(Local(2026, 3, 3, 9, 0), null, WorkCalendar));

        Assert.Equal(S.SupplementRequested, dossier.Status);
        Assert.Null(Assert.Single(dossier.Pauses).EndedAt);
        Assert.Null(Assert.Single(dossier.SupplementRequests).AnsweredAt);
        Assert.Equal(3, dossier.Version);

        // The same instant is fine (an answer handed in at the counter while the request is printed).
        dossier.AnswerSupplement(Local(2026, 3, 4, 9, 0), null, WorkCalendar);
        Assert.Equal(S.InProcessing, dossier.Status);
    }
}
