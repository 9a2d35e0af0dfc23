using MotCua.Domain.Procedures;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// A stage of processing (công đoạn): consecutive steps of a procedure carried out by the same unit. Each stage is one
/// row of the control sheet (Form 06). <see cref="HandlingUnitId"/> null means the unit that received the dossier.
/// </summary>
/// <param name="Allotment">The stage's share of the time limit, in the procedure's unit (working days or hours).</param>
public sealed record ProcessingStage(int FirstStepOrder, string Name, int? HandlingUnitId, int Allotment);

/// <summary>
/// The processing steps of a procedure turned into stages with their time. Rounding rule: each step's share is
/// counted cumulatively and the running total is rounded half up, so step <c>i</c> gets
/// <c>round(limit × (s1+…+si) / 100) − round(limit × (s1+…+si−1) / 100)</c>. The allotments therefore always add up to
/// the time limit, no step is starved by truncation, and the last step takes whatever remains (its running total is
/// 100 % even when the shares do not add up to 100). A step may get 0: it is due the day it starts.
/// </summary>
public sealed class ProcessingPlan
{
    private ProcessingPlan(IReadOnlyList<int> stepAllotments, IReadOnlyList<ProcessingStage> stages)
    {
        StepAllotments = stepAllotments;
        Stages = stages;
    }

    /// <summary>Per step, in step order.</summary>
    public IReadOnlyList<int> StepAllotments { get; }

    public IReadOnlyList<ProcessingStage> Stages { get; }

    public static ProcessingPlan Of(IEnumerable<ProcedureStep> steps, int timeLimit)
    {
        var ordered = steps.OrderBy(s => s.Order).ToList();
        var allotments = Allot([.. ordered.Select(s => s.SharePercent)], timeLimit);
        var stages = new List<ProcessingStage>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var step = ordered[i];
            if (stages.Count > 0 && stages[^1].HandlingUnitId == step.HandlingUnitId)
            {
                var last = stages[^1];
                stages[^1] = last with { Name = $"{last.Name}; {step.Name}", Allotment = last.Allotment + allotments[i] };
            }
            else
            {
                stages.Add(new ProcessingStage(step.Order, step.Name, step.HandlingUnitId, allotments[i]));
            }
        }

        return new ProcessingPlan(allotments, stages);
    }

    /// <summary>Splits <paramref name="timeLimit"/> by the shares (in percent), see the class remarks.</summary>
    public static IReadOnlyList<int> Allot(IReadOnlyList<int> sharePercents, int timeLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timeLimit);
        var result = new int[sharePercents.Count];
        var cumulative = 0;
        var previousBoundary = 0;
        for (var i = 0; i < sharePercents.Count; i++)
        {
            cumulative = i == sharePercents.Count - 1 ? 100 : Math.Clamp(cumulative + Math.Max(0, sharePercents[i]), 0, 100);
            var boundary = ((timeLimit * cumulative * 2) + 100) / 200;
            result[i] = boundary - previousBoundary;
            previousBoundary = boundary;
        }

        return result;
    }

    /// <summary>The stage a control-sheet row with this index (0-based) stands for, or null past the plan.</summary>
    public ProcessingStage? StageAt(int rowIndex) => rowIndex < Stages.Count ? Stages[rowIndex] : null;

    /// <summary>
    /// The unit the next hand-off goes to by the plan: the handling unit of the next stage (the receiving unit for a
    /// stage that names none); past the plan, back to the receiving unit.
    /// </summary>
    public int NextUnit(int rowCount, int receivingUnitId)
    {
        var next = StageAt(rowCount == 0 ? 1 : rowCount);
        return next?.HandlingUnitId ?? receivingUnitId;
    }
}
