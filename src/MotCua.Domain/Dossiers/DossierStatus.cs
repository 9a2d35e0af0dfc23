namespace MotCua.Domain.Dossiers;

/// <summary>Dossier status (trạng thái hồ sơ), numbered as on the National Public Service Portal.</summary>
public enum DossierStatus
{
    /// <summary>Mới đăng ký: submitted online, not yet checked.</summary>
    Submitted = 1,

    /// <summary>Được tiếp nhận: accepted; the clock starts.</summary>
    Accepted = 2,

    /// <summary>Không được tiếp nhận: refused with a written reason (Form 03).</summary>
    Refused = 3,

    /// <summary>Đang xử lý.</summary>
    InProcessing = 4,

    /// <summary>Yêu cầu bổ sung: supplement requested (Form 02); the clock pauses.</summary>
    SupplementRequested = 5,

    /// <summary>Yêu cầu nghĩa vụ tài chính: fee or tax due; the clock pauses.</summary>
    FinancialObligation = 6,

    /// <summary>Công dân yêu cầu rút hồ sơ.</summary>
    Withdrawn = 7,

    /// <summary>Dừng xử lý (Form 05).</summary>
    Stopped = 8,

    /// <summary>Đã xử lý xong: result ready.</summary>
    Resolved = 9,

    /// <summary>Đã trả kết quả.</summary>
    Returned = 10,
}

/// <summary>How the dossier reached the office (kênh tiếp nhận).</summary>
public enum Channel
{
    /// <summary>Trực tiếp tại bộ phận một cửa.</summary>
    Counter = 1,

    /// <summary>Trực tuyến.</summary>
    Online = 2,

    /// <summary>Qua dịch vụ bưu chính công ích.</summary>
    Postal = 3,
}

/// <summary>How the applicant wants the result (hình thức nhận kết quả).</summary>
public enum DeliveryMethod
{
    Counter = 1,
    Post = 2,
    Online = 3,
}

public static class DossierStatusText
{
    public static string Vietnamese(this DossierStatus status) => status switch
    {
        DossierStatus.Submitted => "Mới đăng ký",
        DossierStatus.Accepted => "Được tiếp nhận",
        DossierStatus.Refused => "Không được tiếp nhận",
        DossierStatus.InProcessing => "Đang xử lý",
        DossierStatus.SupplementRequested => "Yêu cầu bổ sung",
        DossierStatus.FinancialObligation => "Yêu cầu nghĩa vụ tài chính",
        DossierStatus.Withdrawn => "Công dân yêu cầu rút hồ sơ",
        DossierStatus.Stopped => "Dừng xử lý",
        DossierStatus.Resolved => "Đã xử lý xong",
        DossierStatus.Returned => "Đã trả kết quả",
        _ => status.ToString(),
    };

    public static string Vietnamese(this Channel channel) => channel switch
    {
        Channel.Counter => "Trực tiếp",
        Channel.Online => "Trực tuyến",
        Channel.Postal => "Bưu chính công ích",
        _ => channel.ToString(),
    };

    public static string Vietnamese(this DeliveryMethod method) => method switch
    {
        DeliveryMethod.Counter => "Nhận tại bộ phận một cửa",
        DeliveryMethod.Post => "Nhận qua bưu chính",
        DeliveryMethod.Online => "Nhận trực tuyến (bản điện tử)",
        _ => method.ToString(),
    };
}
