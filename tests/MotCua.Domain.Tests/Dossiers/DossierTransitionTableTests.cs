using MotCua.Domain.Common;
using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Calendar.TestTime;
using static MotCua.Domain.Tests.Dossiers.DossierTestData;
using S = MotCua.Domain.Dossiers.DossierStatus;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierTransitionTableTests
{
    // Written from domain.md, independently of DossierWorkflow's dictionary.
    private static readonly Dictionary<S, S[]> Expected = new()
    {
        [S.Submitted] = [S.Accepted, S.Refused, S.SupplementRequested, S.Withdrawn],
        [S.Accepted] = [S.InProcessing, S.SupplementRequested, S.FinancialObligation, S.Withdrawn, S.Stopped, S.Resolved],
        [S.Refused] = [],
        [S.InProcessing] = [S.SupplementRequested, S.FinancialObligation, S.Withdrawn, S.Stopped, S.Resolved],
        [S.SupplementRequested] = [S.Submitted, S.InProcessing, S.Withdrawn, S.Stopped, S.Refused],
        [S.FinancialObligation] = [S.InProcessing, S.Withdrawn, S.Stopped],
        [S.Withdrawn] = [],
        [S.Stopped] = [],
        [S.Resolved] = [S.Returned],
        [S.Returned] = [],
    };

    // The status names as the national portal writes them.
    private static readonly Dictionary<S, string> Names = new()
    {
        [S.Submitted] = "Mới đăng ký",
        [S.Accepted] = "Được tiếp nhận",
        [S.Refused] = "Không được tiếp nhận",
        [S.InProcessing] = "Đang xử lý",
        [S.SupplementRequested] = "Yêu cầu bổ sung",
        [S.FinancialObligation] = "Yêu cầu nghĩa vụ tài chính",
        [S.Withdrawn] = "Công dân yêu cầu rút hồ sơ",
        [S.Stopped] = "Dừng xử lý",
        [S.Resolved] = "Đã xử lý xong",
        [S.Returned] = "Đã trả kết quả",
    };

    public static TheoryData<S, S> AllPairs()
    {
        var data = new TheoryData<S, S>();
        for (var from = 1; from <= 10; from++)
        {
            for (var to = 1; to <= 10; to++)
            {
                data.Add((S)from, (S)to);
            }
        }

        return data;
    }

    [Fact]
    public void There_are_exactly_ten_statuses_numbered_as_on_the_national_portal()
    {
        Assert.Equal(Enumerable.Range(1, 10), Enum.GetValues<S>().Select(s => (int)s).Order());
        Assert.Equal(100, AllPairs().Count);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Workflow_table_allows_exactly_the_documented_moves(S from, S to) =>
        Assert.Equal(Expected[from].Contains(to), DossierWorkflow.CanMove(from, to));

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Dossier_methods_follow_the_table_and_refuse_illegal_moves_naming_both_statuses(S from, S to)
    {
        var clock = new Clock();
        var dossier = Reach(from, to, clock);
        Assert.Equal(from, dossier.Status);
        var version = dossier.Version;
        var transitions = dossier.Transitions.Count;

        if (Expected[from].Contains(to))
        {
            Apply(to, dossier, clock.Next());
            Assert.Equal(to, dossier.Status);
            Assert.Equal(version + 1, dossier.Version);
            Assert.Equal(transitions + 1, dossier.Transitions.Count);
            Assert.Equal(from, dossier.Transitions[^1].From);
            Assert.Equal(to, dossier.Transitions[^1].To);
            return;
        }

        // AnswerSupplement picks its target itself: the online queue before acceptance, processing after.
        var named = to == S.Submitted && dossier.ReceivedAt is not null ? S.InProcessing : to;
        var error = Assert.Throws<DomainException>(() => Apply(to, dossier, clock.Next()));
        Assert.Contains($"“{Names[from]}”", error.Message, StringComparison.Ordinal);
        Assert.Contains($"“{Names[named]}”", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Không thể chuyển hồ sơ từ trạng thái", error.Message, StringComparison.Ordinal);
        Assert.Equal(from, dossier.Status);
        Assert.Equal(version, dossier.Version);
        Assert.Equal(transitions, dossier.Transitions.Count);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void NextOf_lists_the_same_moves_as_CanMove(S from, S to) =>
        Assert.Equal(DossierWorkflow.CanMove(from, to), DossierWorkflow.NextOf(from).Contains(to));

    [Theory]
    [InlineData(S.Submitted, false)]
    [InlineData(S.Accepted, false)]
    [InlineData(S.Refused, true)]
    [InlineData(S.InProcessing, false)]
    [InlineData(S.SupplementRequested, false)]
    [InlineData(S.FinancialObligation, false)]
    [InlineData(S.Withdrawn, true)]
    [InlineData(S.Stopped, true)]
    [InlineData(S.Resolved, false)]
    [InlineData(S.Returned, true)]
    public void Refused_withdrawn_stopped_and_returned_are_terminal(S status, bool terminal) =>
        Assert.Equal(terminal, DossierWorkflow.IsTerminal(status));

    [Theory]
    [InlineData(S.Submitted, false, false)]
    [InlineData(S.Accepted, true, false)]
    [InlineData(S.Refused, false, false)]
    [InlineData(S.InProcessing, true, false)]
    [InlineData(S.SupplementRequested, true, true)]
    [InlineData(S.FinancialObligation, true, true)]
    [InlineData(S.Withdrawn, false, false)]
    [InlineData(S.Stopped, false, false)]
    [InlineData(S.Resolved, false, false)]
    [InlineData(S.Returned, false, false)]
    public void Accepted_processing_and_paused_dossiers_are_pending_and_5_and_6_pause_the_clock(S status, bool pending, bool paused)
    {
        Assert.Equal(pending, DossierWorkflow.IsPending(status));
        Assert.Equal(paused, DossierWorkflow.IsPaused(status));
    }

    [Fact]
    public void Status_names_are_the_portal_names() =>
        Assert.All(Names, pair => Assert.Equal(pair.Value, pair.Key.Vietnamese()));

    /// <summary>A dossier in <paramref name="from"/>; a supplement is requested before acceptance only to test 5 → 1.</summary>
    private static Dossier Reach(S from, S to, Clock clock)
    {
        var dossier = Create(Days(10, new TimeOnly(15, 0)), clock.Next());
        switch (from)
        {
            case S.Submitted:
                break;
            case S.Refused:
                dossier.Refuse(clock.Next(), Reception, "Không thuộc thẩm quyền");
                break;
            case S.Withdrawn:
                dossier.Withdraw(clock.Next(), Actor.Applicant, null);
                break;
            case S.SupplementRequested when to == S.Submitted:
                dossier.RequestSupplement(clock.Next(), Reception, ["Tờ khai"]);
                break;
            default:
                dossier.Accept(clock.Next(), Reception, WorkCalendar);
                if (from == S.Accepted)
                {
                    break;
                }

                dossier.StartProcessing(clock.Next(), Specialist);
                switch (from)
                {
                    case S.SupplementRequested:
                        dossier.RequestSupplement(clock.Next(), Specialist, ["Tờ khai"]);
                        break;
                    case S.FinancialObligation:
                        dossier.RequestFinancialObligation(clock.Next(), Specialist, "Nộp lệ phí trước bạ");
                        break;
                    case S.Stopped:
                        dossier.Stop(clock.Next(), Specialist, "Giấy tờ giả mạo");
                        break;
                    case S.Resolved:
                        dossier.Resolve(clock.Next(), Specialist);
                        break;
                    case S.Returned:
                        dossier.Resolve(clock.Next(), Specialist);
                        dossier.ReturnResult(clock.Next(), Reception, "Lê Văn Đức");
                        break;
                }

                break;
        }

        return dossier;
    }

    private static void Apply(S to, Dossier dossier, DateTimeOffset at)
    {
        switch (to)
        {
            case S.Submitted:
                dossier.AnswerSupplement(at, null, WorkCalendar);
                break;
            case S.Accepted:
                dossier.Accept(at, Reception, WorkCalendar);
                break;
            case S.Refused:
                dossier.Refuse(at, Reception, "Không thuộc thẩm quyền");
                break;
            case S.InProcessing when dossier.Status == S.SupplementRequested:
                dossier.AnswerSupplement(at, null, WorkCalendar);
                break;
            case S.InProcessing when dossier.Status == S.FinancialObligation:
                dossier.FulfilFinancialObligation(at, Specialist, WorkCalendar);
                break;
            case S.InProcessing:
                dossier.StartProcessing(at, Specialist);
                break;
            case S.SupplementRequested:
                dossier.RequestSupplement(at, Specialist, ["Tờ khai"]);
                break;
            case S.FinancialObligation:
                dossier.RequestFinancialObligation(at, Specialist, "Nộp lệ phí");
                break;
            case S.Withdrawn:
                dossier.Withdraw(at, Actor.Applicant, null);
                break;
            case S.Stopped:
                dossier.Stop(at, Specialist, "Giấy tờ giả mạo");
                break;
            case S.Resolved:
                dossier.Resolve(at, Specialist);
                break;
            case S.Returned:
                dossier.ReturnResult(at, Reception, "Lê Văn Đức");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(to), to, null);
        }
    }

    /// <summary>Working-hours instants on Monday 2 March 2026, one hour apart.</summary>
    private sealed class Clock
    {
        private DateTimeOffset _now = Local(2026, 3, 2, 7, 0);

        public DateTimeOffset Next() => _now = _now.AddHours(1);
    }
}
