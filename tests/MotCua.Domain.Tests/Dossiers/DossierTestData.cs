using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;
using MotCua.Domain.Tests.Calendar;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>Procedures, applicants, actors and dossiers for the life-cycle tests.</summary>
internal static class DossierTestData
{
    public static readonly Actor Reception = new("u-tiep-nhan", "Nguyễn Thị Lan");

    public static readonly Actor Specialist = new("u-chuyen-vien", "Trần Văn Hùng");

    public static Procedure Days(int days, TimeOnly? cutoff = null) => new()
    {
        Id = 17,
        Code = "1.001193",
        Name = "Đăng ký khai sinh",
        Result = "Giấy khai sinh",
        LegalBasis = "Luật Hộ tịch 2014",
        TimeLimit = days,
        TimeLimitUnit = TimeLimitUnit.WorkingDays,
        CutoffTime = cutoff,
    };

    public static Procedure Hours(int hours, TimeOnly? cutoff = null) => new()
    {
        Id = 18,
        Code = "1.000894",
        Name = "Chứng thực bản sao từ bản chính",
        Result = "Bản sao được chứng thực",
        LegalBasis = "Nghị định 23/2015/NĐ-CP",
        TimeLimit = hours,
        TimeLimitUnit = TimeLimitUnit.WorkingHours,
        CutoffTime = cutoff,
    };

    public static Applicant Applicant() => new()
    {
        FullName = "Lê Văn Đức",
        CitizenId = "001085012345",
        Phone = "0912345678",
    };

    public static Dossier Create(Procedure procedure, DateTimeOffset submittedAt, Channel channel = Channel.Online) =>
        Dossier.Create("000.00.14.H31-260302-0001", TrackingKey.Hash("ABCDE23456"), procedure, unitId: 5, channel,
            DeliveryMethod.Counter, Applicant(), submittedAt, channel == Channel.Online ? Actor.Applicant : Reception);

    /// <summary>Submitted and accepted at the same instant (a dossier handed in at the counter).</summary>
    public static Dossier Accepted(Procedure procedure, DateTimeOffset at)
    {
        var dossier = Create(procedure, at, Channel.Counter);
        dossier.Accept(at, Reception, TestTime.WorkCalendar);
        return dossier;
    }
}
