using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests.Admin;

public sealed class ProcedureEditorTests(PortalServer server, ITestOutputHelper output) : BrowserTest(server, output)
{
    private async Task TypeInto(string label, string text)
    {
        await Page.GetByLabel(label, new() { Exact = true }).FocusAsync();
        await Page.Keyboard.TypeAsync(text);
    }

    private async Task Choose(string label, string option)
    {
        await Page.GetByLabel(label, new() { Exact = true }).FocusAsync();
        await Page.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = option });
    }

    private async Task Press(string button)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).Last.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [BrowserFact]
    public async Task Admin_creates_a_procedure_with_a_paper_and_a_step_by_keyboard_and_finds_it_in_the_catalogue()
    {
        await LoginAsync("admin@motcua.local");
        await GotoAsync("/quan-tri/thu-tuc/sua");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thêm thủ tục" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await TypeInto("Mã thủ tục", "9.800001");
        await TypeInto("Tên thủ tục", "Công nhận câu lạc bộ thơ ca");
        await Choose("Lĩnh vực", "Văn hóa");
        await Choose("Cấp thực hiện", "Cấp xã");
        await Choose("Mức độ dịch vụ công trực tuyến", "Trực tuyến toàn trình");
        await TypeInto("Thời hạn giải quyết", "7");
        await TypeInto("Kết quả thực hiện", "Quyết định công nhận");
        await TypeInto("Căn cứ pháp lý", "Nghị định số 110/2018/NĐ-CP");
        await Page.GetByLabel("Phường Phố Hiến", new() { Exact = true }).FocusAsync();
        await Page.Keyboard.PressAsync("Space");

        // A paper row is added by a form post that keeps what was typed.
        await Press("Thêm giấy tờ");
        await Assertions.Expect(Page.GetByRole(AriaRole.Group, new() { Name = "Giấy tờ 1", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("Mã thủ tục", new() { Exact = true })).ToHaveValueAsync("9.800001");
        await TypeInto("Tên giấy tờ", "Đơn đề nghị công nhận");

        // The single step: a wrong share first.
        await TypeInto("Tên bước", "Tiếp nhận và giải quyết");
        await Choose("Cấp thực hiện bước", "Cấp xã");
        await Choose("Vai trò thực hiện", "Chuyên viên xử lý");
        await Page.GetByLabel("Tỷ lệ thời gian (%)").FocusAsync();
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("90");
        await Press("Lưu thủ tục");
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tổng tỷ lệ thời gian các bước phải bằng 100% (hiện là 90%).");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Tỷ lệ thời gian (%)").FocusAsync();
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("100");
        await Press("Lưu thủ tục");

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu thủ tục 9.800001.");
        await AssertAccessibleAsync();

        await GotoAsync("/thu-tuc?q=cong nhan cau lac bo tho ca");
        await Assertions.Expect(Page.GetByText("Công nhận câu lạc bộ thơ ca")).ToBeVisibleAsync();
    }
}
