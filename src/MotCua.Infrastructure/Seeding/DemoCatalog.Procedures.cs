using MotCua.Domain.Procedures;

namespace MotCua.Infrastructure.Seeding;

/// <summary>The procedures themselves, one method per group of fields.</summary>
internal static partial class DemoCatalog
{
    private const string CivilStatusLaw =
        "Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; "
        + "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp; Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính";

    private const string CertificationLaw =
        "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, "
        + "chứng thực chữ ký và chứng thực hợp đồng, giao dịch; Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp; "
        + "Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính";

    private const string LandLaw =
        "Luật Đất đai số 31/2024/QH15; Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản "
        + "đất đai, đăng ký, cấp Giấy chứng nhận; Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định "
        + "thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực đất đai; Thông tư số 85/2019/TT-BTC";

    private const string ConstructionLaw =
        "Luật Xây dựng số 50/2014/QH13; Luật số 62/2020/QH14 sửa đổi, bổ sung một số điều của Luật Xây dựng; "
        + "Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành "
        + "Luật Xây dựng về quản lý hoạt động xây dựng";

    private const string HouseholdBusinessLaw =
        "Luật Doanh nghiệp số 59/2020/QH14; Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh nghiệp; "
        + "Thông tư số 85/2019/TT-BTC";

    private const string SocialProtectionLaw =
        "Luật Người cao tuổi số 39/2009/QH12; Luật Người khuyết tật số 51/2010/QH12; Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 "
        + "của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội; Nghị định số 76/2024/NĐ-CP";

    private static void AddCivilStatus(Catalog c)
    {
        c.Add("HT", SameDayAtCommune, new()
        {
            Code = "1.001193",
            Name = "Đăng ký khai sinh",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 1,
            CutoffTime = Cutoff,
            FeeDescription = "Miễn lệ phí đối với đăng ký khai sinh đúng hạn (Điều 11 Luật Hộ tịch); "
                + "đăng ký khai sinh quá hạn thu theo Nghị quyết của Hội đồng nhân dân tỉnh.",
            Result = "Giấy khai sinh (bản chính) có số định danh cá nhân của trẻ; bản sao Giấy khai sinh nếu có yêu cầu.",
            LegalBasis = CivilStatusLaw,
            Popularity = 950,
            Papers =
            [
                Paper("Tờ khai đăng ký khai sinh", original: true, template: "to-khai-dang-ky-khai-sinh.docx"),
                Paper("Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh", original: true),
                Optional("Văn bản ủy quyền có chứng thực (trường hợp ủy quyền đăng ký khai sinh)", original: true),
            ],
        });

        c.Add("HT", SameDayAtCommune, new()
        {
            Code = "1.000894",
            Name = "Đăng ký kết hôn",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 1,
            CutoffTime = Cutoff,
            FeeDescription = "Miễn lệ phí đối với đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước (Điều 11 Luật Hộ tịch).",
            Result = "Giấy chứng nhận kết hôn, mỗi bên vợ, chồng được cấp 01 bản chính.",
            LegalBasis = CivilStatusLaw + "; Luật Hôn nhân và gia đình số 52/2014/QH13",
            Popularity = 700,
            Papers =
            [
                Paper("Tờ khai đăng ký kết hôn", original: true, template: "to-khai-dang-ky-ket-hon.docx"),
                Optional("Giấy xác nhận tình trạng hôn nhân (khi đăng ký kết hôn không tại nơi thường trú)", original: true),
                Optional("Trích lục ghi chú ly hôn hoặc bản án, quyết định ly hôn đã có hiệu lực (đối với người đã ly hôn)"),
            ],
        });

        c.Add("HT", SameDayAtCommune, new()
        {
            Code = "1.000656",
            Name = "Đăng ký khai tử",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 1,
            CutoffTime = Cutoff,
            FeeDescription = "Miễn lệ phí đối với đăng ký khai tử đúng hạn (Điều 11 Luật Hộ tịch).",
            Result = "Trích lục khai tử (bản chính).",
            LegalBasis = CivilStatusLaw,
            Popularity = 400,
            Papers =
            [
                Paper("Tờ khai đăng ký khai tử", original: true, template: "to-khai-dang-ky-khai-tu.docx"),
                Paper("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", original: true),
                Optional("Văn bản ủy quyền có chứng thực (trường hợp ủy quyền)", original: true),
            ],
        });

        c.Add("HT", AtCommune, new()
        {
            Code = "1.001022",
            Name = "Đăng ký nhận cha, mẹ, con",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 3,
            CutoffTime = Cutoff,
            Fee = 15_000,
            FeeDescription = "15.000 đồng/trường hợp theo Nghị quyết của Hội đồng nhân dân tỉnh; miễn đối với người thuộc hộ nghèo, "
                + "người khuyết tật, người thuộc gia đình có công với cách mạng.",
            Result = "Trích lục đăng ký nhận cha, mẹ, con (bản chính).",
            LegalBasis = CivilStatusLaw,
            Popularity = 120,
            Papers =
            [
                Paper("Tờ khai đăng ký nhận cha, mẹ, con", original: true, template: "to-khai-dang-ky-nhan-cha-me-con.docx"),
                Paper("Văn bản của cơ quan y tế, cơ quan giám định xác nhận quan hệ cha, mẹ, con hoặc chứng cứ chứng minh quan hệ"),
                Optional("Văn bản ủy quyền có chứng thực (trường hợp ủy quyền)", original: true),
            ],
        });

        c.Add("HT", AtCommune, new()
        {
            Code = "1.004873",
            Name = "Cấp Giấy xác nhận tình trạng hôn nhân",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 3,
            CutoffTime = Cutoff,
            Fee = 15_000,
            FeeDescription = "15.000 đồng/trường hợp theo Nghị quyết của Hội đồng nhân dân tỉnh.",
            Result = "Giấy xác nhận tình trạng hôn nhân (bản chính), có giá trị 06 tháng kể từ ngày cấp.",
            LegalBasis = CivilStatusLaw,
            Popularity = 550,
            Papers =
            [
                Paper("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", original: true,
                    template: "to-khai-cap-giay-xac-nhan-tinh-trang-hon-nhan.docx"),
                Optional("Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (trường hợp đề nghị cấp lại)", original: true),
                Optional("Bản án, quyết định ly hôn hoặc giấy chứng tử của vợ, chồng (trường hợp đã ly hôn hoặc vợ, chồng đã chết)"),
            ],
        });

        c.Add("HT", SameDayAtCommune, new()
        {
            Code = "2.000635",
            Name = "Cấp bản sao Trích lục hộ tịch",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 4,
            TimeLimitUnit = TimeLimitUnit.WorkingHours,
            CutoffTime = Cutoff,
            Fee = 8_000,
            FeeDescription = "8.000 đồng/bản sao trích lục; nộp trực tuyến được giảm theo quy định của Bộ Tài chính.",
            Result = "Bản sao Trích lục hộ tịch (khai sinh, kết hôn, khai tử …).",
            LegalBasis = CivilStatusLaw + "; Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính",
            Popularity = 600,
            Papers =
            [
                Paper("Tờ khai cấp bản sao trích lục hộ tịch", original: true, template: "to-khai-cap-ban-sao-trich-luc-ho-tich.docx"),
                Optional("Văn bản ủy quyền có chứng thực (trường hợp ủy quyền)", original: true),
            ],
        });

        c.Add("HT", AtCommune, new()
        {
            Code = "1.004884",
            Name = "Đăng ký lại khai sinh",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 5,
            CutoffTime = Cutoff,
            Fee = 5_000,
            FeeDescription = "5.000 đồng/trường hợp theo Nghị quyết của Hội đồng nhân dân tỉnh.",
            Result = "Giấy khai sinh (bản chính) ghi \"Đăng ký lại\".",
            LegalBasis = CivilStatusLaw,
            Popularity = 90,
            Papers =
            [
                Paper("Tờ khai đăng ký lại khai sinh", original: true, template: "to-khai-dang-ky-lai-khai-sinh.docx"),
                Paper("Bản sao Giấy khai sinh hoặc giấy tờ có thông tin khai sinh (học bạ, hồ sơ đảng viên …)"),
                Paper("Văn bản cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính", original: true),
            ],
        });

        c.Add("HT", AtCommune, new()
        {
            Code = "1.004859",
            Name = "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 3,
            CutoffTime = Cutoff,
            Fee = 15_000,
            FeeDescription = "15.000 đồng/trường hợp theo Nghị quyết của Hội đồng nhân dân tỉnh.",
            Result = "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch (bản chính).",
            LegalBasis = CivilStatusLaw + "; Bộ luật Dân sự số 91/2015/QH13",
            Popularity = 180,
            Papers =
            [
                Paper("Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", original: true,
                    template: "to-khai-thay-doi-cai-chinh-bo-sung-ho-tich.docx"),
                Paper("Giấy tờ làm căn cứ thay đổi, cải chính, bổ sung thông tin hộ tịch"),
                Paper("Bản chính giấy tờ hộ tịch cần thay đổi, cải chính", original: true),
            ],
        });

        c.Add("HT", AtCommune, new()
        {
            Code = "1.000689",
            Name = "Đăng ký giám hộ",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 3,
            CutoffTime = Cutoff,
            FeeDescription = "Miễn lệ phí đăng ký giám hộ (Điều 11 Luật Hộ tịch).",
            Result = "Trích lục đăng ký giám hộ (bản chính).",
            LegalBasis = CivilStatusLaw + "; Bộ luật Dân sự số 91/2015/QH13",
            Popularity = 25,
            Papers =
            [
                Paper("Tờ khai đăng ký giám hộ", original: true, template: "to-khai-dang-ky-giam-ho.docx"),
                Paper("Văn bản cử người giám hộ", original: true),
            ],
        });

        c.Add("HT", AtCommuneWithJusticeDepartment, new()
        {
            Code = "1.001695",
            Name = "Đăng ký kết hôn có yếu tố nước ngoài",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 15,
            CutoffTime = Cutoff,
            Fee = 1_000_000,
            FeeDescription = "1.000.000 đồng/trường hợp theo Nghị quyết của Hội đồng nhân dân tỉnh.",
            Result = "Giấy chứng nhận kết hôn, mỗi bên vợ, chồng được cấp 01 bản chính.",
            LegalBasis = CivilStatusLaw + "; Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền "
                + "của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
            Popularity = 40,
            Papers =
            [
                Paper("Tờ khai đăng ký kết hôn", original: true, template: "to-khai-dang-ky-ket-hon.docx"),
                Paper("Giấy tờ xác nhận tình trạng hôn nhân của người nước ngoài, đã hợp pháp hóa lãnh sự và dịch sang tiếng Việt",
                    original: true),
                Paper("Giấy xác nhận của tổ chức y tế về việc không mắc bệnh tâm thần", original: true, sets: 2),
                Paper("Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài"),
            ],
        });
    }

    private static void AddCertification(Catalog c)
    {
        c.Add("CT", SameDayAtCommune, new()
        {
            Code = "2.000908",
            Name = "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 8,
            TimeLimitUnit = TimeLimitUnit.WorkingHours,
            CutoffTime = Cutoff,
            Fee = 2_000,
            FeeDescription = "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản.",
            Result = "Bản sao có chứng thực.",
            LegalBasis = CertificationLaw,
            Popularity = 1000,
            Papers =
            [
                Paper("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", original: true),
                Optional("Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị bản chụp)"),
            ],
        });

        c.Add("CT", SameDayAtCommune, new()
        {
            Code = "2.000884",
            Name = "Chứng thực chữ ký trong các giấy tờ, văn bản",
            OnlineLevel = OnlineLevel.CounterOnly,
            TimeLimit = 8,
            TimeLimitUnit = TimeLimitUnit.WorkingHours,
            CutoffTime = Cutoff,
            Fee = 10_000,
            FeeDescription = "10.000 đồng/trường hợp (trường hợp được tính là một hoặc nhiều chữ ký trong một giấy tờ, văn bản).",
            Result = "Giấy tờ, văn bản đã được chứng thực chữ ký.",
            LegalBasis = CertificationLaw,
            Popularity = 650,
            Papers =
            [
                Paper("Căn cước hoặc hộ chiếu còn giá trị sử dụng của người yêu cầu chứng thực (xuất trình)", original: true),
                Paper("Giấy tờ, văn bản mà mình sẽ ký", original: true),
            ],
        });

        c.Add("CT", AtCommune, new()
        {
            Code = "2.001019",
            Name = "Chứng thực hợp đồng, giao dịch liên quan đến quyền sử dụng đất, nhà ở",
            OnlineLevel = OnlineLevel.CounterOnly,
            TimeLimit = 2,
            CutoffTime = Cutoff,
            Fee = 50_000,
            FeeDescription = "50.000 đồng/hợp đồng, giao dịch.",
            Result = "Hợp đồng, giao dịch đã được chứng thực.",
            LegalBasis = CertificationLaw + "; Luật Đất đai số 31/2024/QH15",
            Popularity = 300,
            Papers =
            [
                Paper("Dự thảo hợp đồng, giao dịch", original: true, sets: 3),
                Paper("Bản sao Căn cước hoặc hộ chiếu còn giá trị sử dụng của người yêu cầu chứng thực"),
                Paper("Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở (kèm bản chính để đối chiếu)"),
            ],
        });

        c.Add("CT", AtCommune, new()
        {
            Code = "2.001406",
            Name = "Chứng thực di chúc",
            OnlineLevel = OnlineLevel.CounterOnly,
            TimeLimit = 2,
            CutoffTime = Cutoff,
            Fee = 50_000,
            FeeDescription = "50.000 đồng/di chúc.",
            Result = "Di chúc đã được chứng thực.",
            LegalBasis = CertificationLaw + "; Bộ luật Dân sự số 91/2015/QH13",
            Popularity = 60,
            Papers =
            [
                Paper("Dự thảo di chúc", original: true, sets: 2),
                Paper("Bản sao Căn cước hoặc hộ chiếu còn giá trị sử dụng của người lập di chúc"),
                Optional("Bản sao giấy tờ về tài sản định đoạt trong di chúc"),
            ],
        });
    }

    private static void AddLand(Catalog c)
    {
        c.Add("DD", AtCommuneWithLandOffice, new()
        {
            Code = "1.012765",
            Name = "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền "
                + "với đất lần đầu cho hộ gia đình, cá nhân",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 20,
            CutoffTime = Cutoff,
            Fee = 100_000,
            FeeDescription = "Lệ phí cấp Giấy chứng nhận 100.000 đồng/giấy theo Nghị quyết của Hội đồng nhân dân tỉnh; "
                + "chưa gồm tiền sử dụng đất, lệ phí trước bạ (nếu có).",
            Result = "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.",
            LegalBasis = LandLaw,
            Popularity = 250,
            Papers =
            [
                Paper("Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)", original: true,
                    template: "don-dang-ky-dat-dai-tai-san-gan-lien-voi-dat.docx"),
                Paper("Giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai (nếu có)"),
                Optional("Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính"),
                Optional("Mảnh trích đo bản đồ địa chính thửa đất (nếu có)", original: true),
            ],
        });

        c.Add("DD", AtDepartment, new()
        {
            Code = "1.012770",
            Name = "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 10,
            CutoffTime = Cutoff,
            Fee = 50_000,
            FeeDescription = "Lệ phí cấp Giấy chứng nhận 50.000 đồng/giấy theo Nghị quyết của Hội đồng nhân dân tỉnh; "
                + "người sử dụng đất nộp thuế thu nhập cá nhân, lệ phí trước bạ theo thông báo của cơ quan thuế.",
            Result = "Giấy chứng nhận đã chỉnh lý biến động hoặc Giấy chứng nhận mới.",
            LegalBasis = LandLaw,
            Popularity = 450,
            Papers =
            [
                Paper("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)", original: true,
                    template: "don-dang-ky-bien-dong-dat-dai.docx"),
                Paper("Hợp đồng, văn bản chuyển nhượng, tặng cho, thừa kế đã công chứng hoặc chứng thực", original: true),
                Paper("Bản gốc Giấy chứng nhận đã cấp", original: true),
                Paper("Tờ khai thuế thu nhập cá nhân, tờ khai lệ phí trước bạ", original: true, sets: 2),
            ],
        });

        c.Add("DD", AtDepartment, new()
        {
            Code = "1.012781",
            Name = "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 7,
            CutoffTime = Cutoff,
            Fee = 50_000,
            FeeDescription = "50.000 đồng/giấy theo Nghị quyết của Hội đồng nhân dân tỉnh.",
            Result = "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp đổi).",
            LegalBasis = LandLaw,
            Popularity = 200,
            Papers =
            [
                Paper("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)", original: true,
                    template: "don-dang-ky-bien-dong-dat-dai.docx"),
                Paper("Bản gốc Giấy chứng nhận đã cấp", original: true),
            ],
        });

        c.Add("DD", AtDepartment, new()
        {
            Code = "1.012793",
            Name = "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 1,
            CutoffTime = Cutoff,
            Fee = 80_000,
            FeeDescription = "Phí đăng ký biện pháp bảo đảm 80.000 đồng/hồ sơ; miễn phí đối với hộ gia đình, cá nhân vay vốn "
                + "phục vụ phát triển nông nghiệp, nông thôn.",
            Result = "Chứng nhận đăng ký thế chấp trên Giấy chứng nhận và đơn đăng ký.",
            LegalBasis = LandLaw + "; Nghị định số 99/2022/NĐ-CP ngày 30/11/2022 của Chính phủ về đăng ký biện pháp bảo đảm",
            Popularity = 300,
            Papers =
            [
                Paper("Phiếu yêu cầu đăng ký biện pháp bảo đảm", original: true, template: "phieu-yeu-cau-dang-ky-the-chap.docx"),
                Paper("Hợp đồng thế chấp có công chứng hoặc chứng thực"),
                Paper("Bản gốc Giấy chứng nhận quyền sử dụng đất", original: true),
            ],
        });

        c.Add("DD", AtCommuneWithLandOffice, new()
        {
            Code = "1.012812",
            Name = "Chuyển mục đích sử dụng đất phải được cơ quan nhà nước có thẩm quyền cho phép đối với cá nhân",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 15,
            CutoffTime = Cutoff,
            FeeDescription = "Không thu lệ phí giải quyết; người sử dụng đất nộp tiền sử dụng đất theo thông báo của cơ quan thuế.",
            Result = "Quyết định cho phép chuyển mục đích sử dụng đất; Giấy chứng nhận đã chỉnh lý.",
            LegalBasis = LandLaw + "; Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ",
            Popularity = 80,
            Papers =
            [
                Paper("Đơn xin chuyển mục đích sử dụng đất", original: true, template: "don-xin-chuyen-muc-dich-su-dung-dat.docx"),
                Paper("Bản gốc Giấy chứng nhận đã cấp", original: true),
            ],
        });

        c.Add("DD", AtDepartment, new()
        {
            Code = "1.012825",
            Name = "Cung cấp thông tin, dữ liệu đất đai",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 3,
            Fee = 30_000,
            FeeDescription = "Phí khai thác, sử dụng tài liệu đất đai theo Nghị quyết của Hội đồng nhân dân tỉnh (tham khảo 30.000 đồng/hồ sơ).",
            Result = "Văn bản, bản trích lục hoặc bản sao thông tin, dữ liệu đất đai.",
            LegalBasis = LandLaw,
            Popularity = 150,
            Papers =
            [
                Paper("Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai", original: true,
                    template: "phieu-yeu-cau-cung-cap-thong-tin-dat-dai.docx"),
                Optional("Văn bản ủy quyền (trường hợp ủy quyền)", original: true),
            ],
        });
    }

    private static void AddConstruction(Catalog c)
    {
        c.Add("XD", AtCommune, new()
        {
            Code = "1.009994",
            Name = "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 15,
            CutoffTime = Cutoff,
            Fee = 75_000,
            FeeDescription = "75.000 đồng/giấy phép theo Nghị quyết của Hội đồng nhân dân tỉnh.",
            Result = "Giấy phép xây dựng kèm bản vẽ thiết kế được đóng dấu.",
            LegalBasis = ConstructionLaw,
            Popularity = 320,
            Papers =
            [
                Paper("Đơn đề nghị cấp giấy phép xây dựng", original: true, template: "don-de-nghi-cap-giay-phep-xay-dung.docx"),
                Paper("Bản sao giấy tờ chứng minh quyền sử dụng đất"),
                Paper("Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)", original: true, sets: 2),
                Optional("Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế (nhà từ 03 tầng trở lên)", original: true),
            ],
        });

        c.Add("XD", AtCommune, new()
        {
            Code = "1.009996",
            Name = "Gia hạn giấy phép xây dựng nhà ở riêng lẻ",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 5,
            CutoffTime = Cutoff,
            Fee = 15_000,
            FeeDescription = "15.000 đồng/giấy phép theo Nghị quyết của Hội đồng nhân dân tỉnh.",
            Result = "Giấy phép xây dựng được gia hạn.",
            LegalBasis = ConstructionLaw,
            Popularity = 40,
            Papers =
            [
                Paper("Đơn đề nghị gia hạn giấy phép xây dựng", original: true, template: "don-de-nghi-gia-han-giay-phep-xay-dung.docx"),
                Paper("Bản chính giấy phép xây dựng đã được cấp", original: true),
            ],
        });

        c.Add("XD", AtDepartment, new()
        {
            Code = "1.009974",
            Name = "Cấp giấy phép xây dựng mới đối với công trình không theo tuyến",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 20,
            CutoffTime = Cutoff,
            Fee = 150_000,
            FeeDescription = "150.000 đồng/giấy phép theo Nghị quyết của Hội đồng nhân dân tỉnh.",
            Result = "Giấy phép xây dựng kèm hồ sơ thiết kế được đóng dấu.",
            LegalBasis = ConstructionLaw,
            Popularity = 60,
            Papers =
            [
                Paper("Đơn đề nghị cấp giấy phép xây dựng", original: true, template: "don-de-nghi-cap-giay-phep-xay-dung.docx"),
                Paper("Bản sao giấy tờ chứng minh quyền sử dụng đất"),
                Paper("Quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng"),
                Paper("Bản vẽ thiết kế xây dựng", original: true, sets: 2),
                Optional("Văn bản chấp thuận về phòng cháy, chữa cháy và đánh giá tác động môi trường (nếu có)"),
            ],
        });
    }

    private static void AddHouseholdBusiness(Catalog c)
    {
        c.Add("HKD", AtCommune, new()
        {
            Code = "2.000720",
            Name = "Đăng ký thành lập hộ kinh doanh",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 3,
            CutoffTime = Cutoff,
            Fee = 100_000,
            FeeDescription = "100.000 đồng/lần theo Nghị quyết của Hội đồng nhân dân tỉnh; miễn lệ phí khi đăng ký qua mạng.",
            Result = "Giấy chứng nhận đăng ký hộ kinh doanh.",
            LegalBasis = HouseholdBusinessLaw,
            Popularity = 380,
            Papers =
            [
                Paper("Giấy đề nghị đăng ký hộ kinh doanh", original: true, template: "giay-de-nghi-dang-ky-ho-kinh-doanh.docx"),
                Optional("Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh", original: true),
                Optional("Bản sao hợp đồng thuê, mượn địa điểm kinh doanh"),
            ],
        });

        c.Add("HKD", AtCommune, new()
        {
            Code = "2.000575",
            Name = "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 3,
            CutoffTime = Cutoff,
            Fee = 50_000,
            FeeDescription = "50.000 đồng/lần theo Nghị quyết của Hội đồng nhân dân tỉnh; miễn lệ phí khi đăng ký qua mạng.",
            Result = "Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi).",
            LegalBasis = HouseholdBusinessLaw,
            Popularity = 150,
            Papers =
            [
                Paper("Thông báo thay đổi nội dung đăng ký hộ kinh doanh", original: true,
                    template: "thong-bao-thay-doi-noi-dung-dang-ky-ho-kinh-doanh.docx"),
                Paper("Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh đã cấp", original: true),
            ],
        });

        c.Add("HKD", AtCommune, new()
        {
            Code = "2.000644",
            Name = "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 3,
            FeeDescription = "Không thu lệ phí.",
            Result = "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh.",
            LegalBasis = HouseholdBusinessLaw,
            Popularity = 90,
            Papers =
            [
                Paper("Thông báo về việc tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn", original: true,
                    template: "thong-bao-tam-ngung-ho-kinh-doanh.docx"),
                Optional("Văn bản ủy quyền (trường hợp ủy quyền)", original: true),
            ],
        });
    }

    private static void AddSocialProtection(Catalog c)
    {
        c.Add("LD", AtCommune, new()
        {
            Code = "1.001776",
            Name = "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 15,
            CutoffTime = Cutoff,
            FeeDescription = "Không thu phí, lệ phí.",
            Result = "Quyết định trợ cấp xã hội hằng tháng (hoặc điều chỉnh, thôi hưởng) của Chủ tịch Ủy ban nhân dân xã.",
            LegalBasis = SocialProtectionLaw,
            Popularity = 210,
            Papers =
            [
                Paper("Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a–1đ Nghị định số 20/2021/NĐ-CP)", original: true,
                    template: "to-khai-de-nghi-tro-giup-xa-hoi.docx"),
                Optional("Bản sao Giấy xác nhận khuyết tật (đối với người khuyết tật)"),
                Optional("Bản sao Giấy khai sinh của trẻ em (đối với trẻ em)"),
            ],
        });

        c.Add("LD", AtCommune, new()
        {
            Code = "1.001758",
            Name = "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 5,
            CutoffTime = Cutoff,
            FeeDescription = "Không thu phí, lệ phí.",
            Result = "Quyết định hỗ trợ chi phí mai táng.",
            LegalBasis = SocialProtectionLaw,
            Popularity = 110,
            Papers =
            [
                Paper("Tờ khai đề nghị hỗ trợ chi phí mai táng (Mẫu số 04)", original: true, template: "to-khai-ho-tro-chi-phi-mai-tang.docx"),
                Paper("Bản sao Giấy báo tử hoặc Trích lục khai tử"),
            ],
        });

        c.Add("LD", AtCommune, new()
        {
            Code = "1.001699",
            Name = "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 25,
            CutoffTime = Cutoff,
            FeeDescription = "Không thu phí, lệ phí.",
            Result = "Giấy xác nhận khuyết tật.",
            LegalBasis = "Luật Người khuyết tật số 51/2010/QH12; Thông tư số 01/2019/TT-BLĐTBXH ngày 02/01/2019 của Bộ Lao động - "
                + "Thương binh và Xã hội quy định về việc xác định mức độ khuyết tật",
            Popularity = 130,
            Papers =
            [
                Paper("Đơn đề nghị xác định, xác định lại mức độ khuyết tật", original: true,
                    template: "don-de-nghi-xac-dinh-muc-do-khuyet-tat.docx"),
                Optional("Bản sao kết luận của Hội đồng Giám định y khoa hoặc giấy tờ liên quan đến khuyết tật"),
            ],
        });
    }

    private static void AddHealth(Catalog c)
    {
        c.Add("YT", AtDepartment, new()
        {
            Code = "1.012241",
            Name = "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 30,
            Fee = 4_300_000,
            FeeDescription = "Phí thẩm định cấp giấy phép hoạt động theo Thông tư số 59/2023/TT-BTC của Bộ Tài chính.",
            Result = "Giấy phép hoạt động khám bệnh, chữa bệnh.",
            LegalBasis = "Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ; "
                + "Thông tư số 59/2023/TT-BTC",
            Popularity = 35,
            Papers =
            [
                Paper("Đơn đề nghị cấp giấy phép hoạt động", original: true, template: "don-de-nghi-cap-giay-phep-hoat-dong-kcb.docx"),
                Paper("Bản sao giấy phép hành nghề của người chịu trách nhiệm chuyên môn"),
                Paper("Bản kê khai cơ sở vật chất, thiết bị y tế và danh sách nhân sự", original: true),
                Paper("Danh mục kỹ thuật đề nghị thực hiện", original: true),
            ],
        });

        c.Add("YT", AtDepartment, new()
        {
            Code = "1.004616",
            Name = "Cấp Chứng chỉ hành nghề dược",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 20,
            CutoffTime = Cutoff,
            Fee = 500_000,
            FeeDescription = "Phí thẩm định 500.000 đồng/hồ sơ.",
            Result = "Chứng chỉ hành nghề dược.",
            LegalBasis = "Luật Dược số 105/2016/QH13; Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ; "
                + "Thông tư số 277/2016/TT-BTC",
            Popularity = 70,
            Papers =
            [
                Paper("Đơn đề nghị cấp Chứng chỉ hành nghề dược", original: true, template: "don-de-nghi-cap-chung-chi-hanh-nghe-duoc.docx"),
                Paper("Bản sao văn bằng chuyên môn"),
                Paper("Giấy chứng nhận đủ sức khỏe để hành nghề dược", original: true),
                Paper("Giấy xác nhận thời gian thực hành chuyên môn", original: true),
            ],
        });
    }

    private static void AddEducation(Catalog c)
    {
        c.Add("GD", AtDepartment, new()
        {
            Code = "1.004443",
            Name = "Cho phép thành lập trường mầm non tư thục",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 20,
            FeeDescription = "Không thu phí, lệ phí.",
            Result = "Quyết định cho phép thành lập trường mầm non tư thục.",
            LegalBasis = "Luật Giáo dục số 43/2019/QH14; Nghị định số 125/2024/NĐ-CP ngày 05/10/2024 của Chính phủ quy định về "
                + "điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục",
            Popularity = 15,
            Papers =
            [
                Paper("Tờ trình đề nghị cho phép thành lập trường", original: true, template: "to-trinh-thanh-lap-truong-mam-non.docx"),
                Paper("Đề án thành lập trường", original: true),
                Paper("Bản sao giấy tờ chứng minh quyền sử dụng đất hoặc hợp đồng thuê cơ sở vật chất"),
                Paper("Văn bản xác nhận khả năng tài chính", original: true),
            ],
        });

        c.Add("GD", AtDepartment, new()
        {
            Code = "1.005093",
            Name = "Chuyển trường đối với học sinh trung học phổ thông",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 3,
            CutoffTime = Cutoff,
            FeeDescription = "Không thu phí, lệ phí.",
            Result = "Văn bản đồng ý tiếp nhận học sinh chuyển trường.",
            LegalBasis = "Luật Giáo dục số 43/2019/QH14; Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo",
            Popularity = 160,
            Papers =
            [
                Paper("Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký", original: true, template: "don-xin-chuyen-truong.docx"),
                Paper("Học bạ", original: true),
                Optional("Giấy giới thiệu chuyển trường của trường nơi đi", original: true),
            ],
        });

        c.Add("GD", AtDepartment, new()
        {
            Code = "2.001914",
            Name = "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 1,
            CutoffTime = Cutoff,
            FeeDescription = "Không thu phí, lệ phí.",
            Result = "Bản sao văn bằng, chứng chỉ từ sổ gốc.",
            LegalBasis = CertificationLaw + "; Thông tư số 21/2019/TT-BGDĐT ngày 29/11/2019 của Bộ Giáo dục và Đào tạo",
            Popularity = 140,
            Papers =
            [
                Paper("Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc", original: true,
                    template: "don-de-nghi-cap-ban-sao-van-bang.docx"),
                Paper("Căn cước hoặc hộ chiếu còn giá trị sử dụng (xuất trình)", original: true),
            ],
        });
    }

    private static void AddTrade(Catalog c)
    {
        c.Add("CTH", AtCommune, new()
        {
            Code = "2.000633",
            Name = "Cấp Giấy phép bán lẻ sản phẩm rượu",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 10,
            CutoffTime = Cutoff,
            Fee = 600_000,
            FeeDescription = "Phí thẩm định 600.000 đồng/điểm kinh doanh (khu vực không thuộc thành phố trực thuộc trung ương).",
            Result = "Giấy phép bán lẻ sản phẩm rượu.",
            LegalBasis = "Nghị định số 105/2017/NĐ-CP ngày 14/9/2017 của Chính phủ về kinh doanh rượu; Nghị định số 17/2020/NĐ-CP; "
                + "Thông tư số 168/2016/TT-BTC",
            Popularity = 95,
            Papers =
            [
                Paper("Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm rượu", original: true, template: "don-de-nghi-cap-giay-phep-ban-le-ruou.docx"),
                Paper("Bản sao Giấy chứng nhận đăng ký hộ kinh doanh hoặc doanh nghiệp"),
                Paper("Bản sao hợp đồng mua bán với thương nhân sản xuất, phân phối sản phẩm rượu"),
                Paper("Bản sao giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh"),
            ],
        });

        c.Add("CTH", AtDepartment, new()
        {
            Code = "2.000648",
            Name = "Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 15,
            CutoffTime = Cutoff,
            Fee = 1_200_000,
            FeeDescription = "Phí thẩm định 1.200.000 đồng/cửa hàng.",
            Result = "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu.",
            LegalBasis = "Nghị định số 83/2014/NĐ-CP ngày 03/9/2014 của Chính phủ về kinh doanh xăng dầu; Nghị định số 80/2023/NĐ-CP; "
                + "Thông tư số 168/2016/TT-BTC",
            Popularity = 25,
            Papers =
            [
                Paper("Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu", original: true,
                    template: "don-de-nghi-cua-hang-ban-le-xang-dau.docx"),
                Paper("Bản sao Giấy chứng nhận đăng ký doanh nghiệp"),
                Paper("Bản sao tài liệu chứng minh cửa hàng đáp ứng điều kiện về phòng cháy, chữa cháy và bảo vệ môi trường"),
            ],
        });
    }

    private static void AddAgriculture(Catalog c)
    {
        c.Add("NN", AtDepartment, new()
        {
            Code = "1.003810",
            Name = "Cấp Chứng chỉ hành nghề thú y",
            OnlineLevel = OnlineLevel.Full,
            TimeLimit = 5,
            CutoffTime = Cutoff,
            FeeDescription = "Không thu phí, lệ phí.",
            Result = "Chứng chỉ hành nghề thú y.",
            LegalBasis = "Luật Thú y số 79/2015/QH13; Nghị định số 35/2016/NĐ-CP ngày 15/5/2016 của Chính phủ",
            Popularity = 20,
            Papers =
            [
                Paper("Đơn đăng ký cấp Chứng chỉ hành nghề thú y", original: true, template: "don-dang-ky-chung-chi-hanh-nghe-thu-y.docx"),
                Paper("Bản sao văn bằng, chứng chỉ chuyên môn phù hợp"),
                Paper("Ảnh 4x6 cm", original: true, sets: 2),
            ],
        });

        c.Add("NN", AtCommune, new()
        {
            Code = "1.010091",
            Name = "Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai",
            OnlineLevel = OnlineLevel.CounterOnly,
            TimeLimit = 10,
            FeeDescription = "Không thu phí, lệ phí.",
            Result = "Quyết định hỗ trợ khôi phục sản xuất.",
            LegalBasis = "Nghị định số 09/2025/NĐ-CP ngày 10/01/2025 của Chính phủ quy định chính sách hỗ trợ cây trồng, vật nuôi, "
                + "nuôi trồng thủy sản để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh",
            Popularity = 60,
            Papers =
            [
                Paper("Đơn đề nghị hỗ trợ khôi phục sản xuất", original: true, template: "don-de-nghi-ho-tro-thien-tai.docx"),
                Optional("Biên bản kiểm tra, xác định thiệt hại của thôn, tổ dân phố", original: true),
            ],
        });
    }

    private static void AddWaterAndEnvironment(Catalog c)
    {
        c.Add("TNN", ByProvince, new()
        {
            Code = "1.004232",
            Name = "Cấp giấy phép khai thác nước dưới đất",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 30,
            Fee = 1_200_000,
            FeeDescription = "Phí thẩm định đề án khai thác nước dưới đất theo Nghị quyết của Hội đồng nhân dân tỉnh "
                + "(tham khảo 1.200.000 đồng/đề án dưới 200 m³/ngày đêm).",
            Result = "Giấy phép khai thác nước dưới đất do Ủy ban nhân dân tỉnh cấp.",
            LegalBasis = "Luật Tài nguyên nước số 28/2023/QH15; Nghị định số 54/2024/NĐ-CP ngày 16/5/2024 của Chính phủ",
            Popularity = 12,
            Papers =
            [
                Paper("Đơn đề nghị cấp giấy phép khai thác nước dưới đất", original: true,
                    template: "don-de-nghi-cap-giay-phep-khai-thac-nuoc-duoi-dat.docx"),
                Paper("Đề án khai thác nước dưới đất", original: true, sets: 2),
                Paper("Kết quả phân tích chất lượng nguồn nước không quá 06 tháng", original: true),
            ],
        });

        c.Add("MT", ByProvince, new()
        {
            Code = "1.010727",
            Name = "Cấp giấy phép môi trường (cấp tỉnh)",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 30,
            FeeDescription = "Phí thẩm định cấp giấy phép môi trường theo Nghị quyết của Hội đồng nhân dân tỉnh.",
            Result = "Giấy phép môi trường do Ủy ban nhân dân tỉnh cấp.",
            LegalBasis = "Luật Bảo vệ môi trường số 72/2020/QH14; Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ; "
                + "Nghị định số 05/2025/NĐ-CP; Thông tư số 02/2022/TT-BTNMT",
            Popularity = 10,
            Papers =
            [
                Paper("Văn bản đề nghị cấp giấy phép môi trường", original: true, template: "van-ban-de-nghi-cap-giay-phep-moi-truong.docx"),
                Paper("Báo cáo đề xuất cấp giấy phép môi trường", original: true, sets: 2),
                Optional("Bản sao quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường (nếu có)"),
            ],
        });
    }

    private static void AddCulture(Catalog c)
    {
        c.Add("VH", AtCommune, new()
        {
            Code = "1.001029",
            Name = "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
            OnlineLevel = OnlineLevel.Partial,
            TimeLimit = 5,
            CutoffTime = Cutoff,
            Fee = 2_000_000,
            FeeDescription = "Phí thẩm định 2.000.000 đồng/giấy phép đối với cơ sở từ 01 đến 03 phòng (khu vực ngoài thành phố trực thuộc "
                + "trung ương, thị xã); từ 04 phòng trở lên thu thêm theo Thông tư số 01/2021/TT-BTC.",
            Result = "Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke.",
            LegalBasis = "Nghị định số 54/2019/NĐ-CP ngày 19/6/2019 của Chính phủ quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường; "
                + "Thông tư số 01/2021/TT-BTC",
            Popularity = 30,
            Papers =
            [
                Paper("Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", original: true,
                    template: "don-de-nghi-cap-giay-phep-karaoke.docx"),
                Paper("Bản sao Giấy chứng nhận đủ điều kiện về an ninh, trật tự"),
            ],
        });
    }
}
