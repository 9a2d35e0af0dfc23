using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;

namespace MotCua.Domain.Tests.Dossiers;

public class ProcessingPlanTests
{
    [Theory]
    [InlineData(new[] { 10, 55, 25, 10 }, 15, new[] { 2, 8, 4, 1 })]
    [InlineData(new[] { 20, 40, 30, 10 }, 1, new[] { 0, 1, 0, 0 })]
    [InlineData(new[] { 5, 25, 40, 20, 10 }, 15, new[] { 1, 4, 6, 3, 1 })]
    [InlineData(new[] { 25, 25, 25, 25 }, 10, new[] { 3, 2, 3, 2 })]
    public void Shares_are_rounded_on_the_running_total_so_the_steps_add_up_to_the_time_limit(int[] shares, int limit, int[] expected)
    {
        var allotments = ProcessingPlan.Allot(shares, limit);

        Assert.Equal(expected, allotments);
        Assert.Equal(limit, allotments.Sum());
    }

    [Fact]
    public void Whatever_the_shares_add_up_to_the_last_step_closes_the_running_total_at_the_time_limit()
    {
        Assert.Equal([3, 7], ProcessingPlan.Allot([30, 30], 10));
        Assert.Equal([7, 3, 0], ProcessingPlan.Allot([70, 50, 30], 10));
    }

    [Fact]
    public void Consecutive_steps_of_the_same_unit_form_one_stage_of_the_control_sheet()
    {
        var plan = ProcessingPlan.Of(DepartmentSteps(departmentId: 14), timeLimit: 15);

        Assert.Collection(
            plan.Stages,
            s => Assert.Equal((1, (int?)null, 2), (s.FirstStepOrder, s.HandlingUnitId, s.Allotment)),
            s =>
            {
                Assert.Equal((2, (int?)14, 12), (s.FirstStepOrder, s.HandlingUnitId, s.Allotment));
                Assert.Equal("Thẩm định hồ sơ; Lãnh đạo Sở phê duyệt", s.Name);
            },
            s => Assert.Equal((4, (int?)null, 1), (s.FirstStepOrder, s.HandlingUnitId, s.Allotment)));
        Assert.Equal(14, plan.NextUnit(rowCount: 0, receivingUnitId: 5));
        Assert.Equal(5, plan.NextUnit(rowCount: 2, receivingUnitId: 5));
        Assert.Equal(5, plan.NextUnit(rowCount: 7, receivingUnitId: 5));
    }

    /// <summary>Decided by a department, received and returned at a commune (shares 10/55/25/10).</summary>
    internal static List<ProcedureStep> DepartmentSteps(int departmentId) =>
    [
        new() { Order = 1, Name = "Tiếp nhận hồ sơ", Role = "TiepNhan", SharePercent = 10 },
        new() { Order = 2, Name = "Thẩm định hồ sơ", Role = "ChuyenVien", SharePercent = 55, HandlingUnitId = departmentId },
        new() { Order = 3, Name = "Lãnh đạo Sở phê duyệt", Role = "LanhDao", SharePercent = 25, HandlingUnitId = departmentId },
        new() { Order = 4, Name = "Trả kết quả", Role = "TiepNhan", SharePercent = 10 },
    ];
}
