using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;

namespace MotCua.Infrastructure.Seeding;

/// <summary>
/// Plays one dossier's life through the domain methods with a realistic mix: most finish on time, some late, some
/// pause for a supplement (a few twice), a few are refused, withdrawn or stopped, and recent ones are still pending.
/// Stops at "now": whatever would happen later has not happened yet.
/// </summary>
internal sealed class DemoStory(Random random, WorkingCalendar calendar, DemoWorld world, DateTimeOffset now)
{
    public void Play(Dossier dossier, Procedure procedure, int unitId)
    {
        var reception = world.ReceptionOf(unitId);
        var at = dossier.SubmittedAt;
        if (dossier.Channel == Channel.Online)
        {
            at = Later(at, hours: random.Next(1, 20));
            if (at > now)
            {
                return;
            }

            if (random.Next(100) < 4)
            {
                dossier.Refuse(at, reception, "Thủ tục không thuộc thẩm quyền giải quyết của đơn vị; đề nghị nộp tại cơ quan có thẩm quyền.");
                return;
            }

            if (random.Next(100) < 5)
            {
                dossier.RequestSupplement(at, reception, ["Bản sao giấy tờ tùy thân bị mờ, không đọc được số định danh"]);
                at = Later(at, hours: random.Next(4, 60));
                if (at > now)
                {
                    return;
                }

                dossier.AnswerSupplement(at, "Đã tải lên bản chụp rõ nét", calendar);
                at = Later(at, hours: random.Next(1, 8));
                if (at > now)
                {
                    return;
                }
            }
        }

        dossier.Accept(at, reception, calendar);
        var specialist = world.SpecialistOf(random, unitId) ?? reception;
        dossier.AssigneeId = specialist.UserId;
        at = Later(at, hours: random.Next(1, 6));
        if (at > now)
        {
            return;
        }

        dossier.StartProcessing(at, specialist);
        var roll = random.Next(1000);
        if (roll < 5)
        {
            dossier.Withdraw(at, Actor.Applicant, "Công dân có đơn xin rút hồ sơ");
            return;
        }

        if (roll < 8)
        {
            dossier.Stop(at, specialist, "Hồ sơ có dấu hiệu giả mạo giấy tờ; chuyển cơ quan có thẩm quyền xem xét.");
            return;
        }

        var supplements = roll < 90 ? 1 : roll < 100 ? 2 : 0;
        for (var i = 0; i < supplements; i++)
        {
            dossier.RequestSupplement(at, specialist, ["Thiếu bản sao trích lục", "Tờ khai chưa có chữ ký của người yêu cầu"]);
            at = Later(at, hours: random.Next(8, 80));
            if (at > now)
            {
                return;
            }

            dossier.AnswerSupplement(at, "Công dân đã nộp bổ sung tại bộ phận một cửa", calendar);
        }

        var finishedAt = FinishTime(dossier, procedure, roll);
        if (finishedAt > now || roll is >= 990 and < 996)
        {
            return; // still pending; the last few are forgotten and become overdue
        }

        dossier.Resolve(finishedAt, specialist, calendar: calendar);
        var returnedAt = Later(finishedAt, hours: random.Next(1, 48));
        if (returnedAt <= now && random.Next(10) > 0)
        {
            dossier.ReturnResult(returnedAt, reception, dossier.Applicant.FullName);
            Rate(dossier, returnedAt);
        }
    }

    /// <summary>
    /// About a third of the applicants rate the result, mostly satisfied. Drawn from the dossier's own code, so
    /// the rest of the demo story stays what it was.
    /// </summary>
    private void Rate(Dossier dossier, DateTimeOffset returnedAt)
    {
        var own = new Random(dossier.Code.Aggregate(17, (hash, c) => unchecked(hash * 31 + c)));
        var ratedAt = Later(returnedAt, hours: own.Next(1, 72));
        if (own.Next(3) != 0 || ratedAt > now)
        {
            return;
        }

        int Score() => own.Next(100) switch { < 70 => 5, < 92 => 4, < 97 => 3, _ => 2 };
        dossier.Rate(Score(), Score(), Score(), null, ratedAt);
    }

    /// <summary>
    /// Most dossiers finish between a third and all of their time; about 3% run late. A short time limit can put the
    /// planned finish before the last step already recorded: then it finishes an hour after that step.
    /// </summary>
    private DateTimeOffset FinishTime(Dossier dossier, Procedure procedure, int roll)
    {
        var last = dossier.Transitions[^1].At;
        var finished = Finish(dossier, procedure, late: roll is >= 950 and < 980);
        return finished <= last ? Later(last, hours: 1) : finished;
    }

    private DateTimeOffset Finish(Dossier dossier, Procedure procedure, bool late)
    {
        if (procedure.TimeLimitUnit == TimeLimitUnit.WorkingHours)
        {
            var due = dossier.DueAt!.Value;
            return late ? due.AddHours(random.Next(2, 30)) : due.AddMinutes(-random.Next(30, 240));
        }

        var days = late ? random.Next(1, 6) : -random.Next(0, Math.Max(1, procedure.TimeLimit * 2 / 3));
        var day = dossier.DueDate!.Value;
        for (var i = 0; i < Math.Abs(days); i++)
        {
            day = days > 0 ? calendar.NextWorkingDay(day) : PreviousWorkingDay(day);
        }

        return At(day, hour: random.Next(8, 17));
    }

    private DateOnly PreviousWorkingDay(DateOnly day)
    {
        do
        {
            day = day.AddDays(-1);
        }
        while (!calendar.IsWorkingDay(day));
        return day;
    }

    private static DateTimeOffset Later(DateTimeOffset at, int hours) => at.AddHours(hours);

    private static DateTimeOffset At(DateOnly day, int hour) =>
        new(day.ToDateTime(new TimeOnly(hour, 0)), VietnamTime.Offset);
}
