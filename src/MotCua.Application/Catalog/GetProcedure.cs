using Mediator;
using Microsoft.EntityFrameworkCore;
using MotCua.Application.Common;
using MotCua.Domain.Calendar;
using MotCua.Domain.Procedures;
using MotCua.Domain.Units;

namespace MotCua.Application.Catalog;

/// <summary>
/// One procedure as the public catalogue shows it, with the appointment date a citizen would get if the dossier were
/// received now (ngày hẹn trả kết quả dự kiến).
/// </summary>
public sealed record GetProcedure(string Code) : IQuery<ProcedureDetail>;

public sealed record ProcedureDetail(
    string Code,
    string Name,
    string FieldCode,
    string FieldName,
    UnitLevel Level,
    OnlineLevel OnlineLevel,
    int TimeLimit,
    TimeLimitUnit TimeLimitUnit,
    TimeOnly? CutoffTime,
    decimal Fee,
    string? FeeDescription,
    string Result,
    string LegalBasis,
    IReadOnlyList<ProcedurePaperView> Papers,
    IReadOnlyList<ProcedureStepView> Steps,
    IReadOnlyList<ReceivingUnitView> ReceivingUnits,
    ExpectedReturn ExpectedReturn)
{
    public bool IsOfferedOnline => OnlineLevel != OnlineLevel.CounterOnly;
}

/// <param name="TemplateFileName">Name of the downloadable template (/mau-don/{Id}); null when none is stored.</param>
public sealed record ProcedurePaperView(int Id, string Name, bool OriginalRequired, int Sets, bool IsMandatory, string? TemplateFileName);

public sealed record ProcedureStepView(int Order, string Name, UnitLevel UnitLevel, string Role, int SharePercent);

public sealed record ReceivingUnitView(int Id, string Code, string Name, string? Address);

/// <summary>The due date if a dossier were received at <paramref name="ReceivedAt"/>, and what moved it.</summary>
public sealed record ExpectedReturn(DateTimeOffset ReceivedAt, DateOnly Date, DateTimeOffset? At, IReadOnlyList<ExplanationEntry> Explanation);

internal sealed class GetProcedureHandler(IAppDbContext db, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IQueryHandler<GetProcedure, ProcedureDetail>
{
    public async ValueTask<ProcedureDetail> Handle(GetProcedure query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.LocalDate(now);
        var procedure = await db.Procedures.AsNoTracking()
            .Where(p => p.Code == query.Code && p.IsActive)
            .Select(p => new
            {
                p.Code,
                p.Name,
                FieldCode = p.Field!.Code,
                FieldName = p.Field.Name,
                p.ImplementingLevel,
                p.OnlineLevel,
                p.TimeLimit,
                p.TimeLimitUnit,
                p.CutoffTime,
                p.Fee,
                p.FeeDescription,
                p.Result,
                p.LegalBasis,
                Papers = p.Papers.OrderBy(x => x.Order)
                    .Select(x => new ProcedurePaperView(
                        x.Id, x.Name, x.OriginalRequired, x.Sets, x.IsMandatory, x.TemplateStoredName != null ? x.TemplateFileName : null))
                    .ToList(),
                Steps = p.Steps.OrderBy(s => s.Order)
                    .Select(s => new ProcedureStepView(s.Order, s.Name, s.UnitLevel, s.Role, s.SharePercent))
                    .ToList(),
                Units = p.ReceivingUnits
                    .Where(u => u.Unit!.ValidFrom <= today && (u.Unit.ValidTo == null || u.Unit.ValidTo >= today))
                    .OrderBy(u => u.Unit!.Level).ThenBy(u => u.Unit!.Name)
                    .Select(u => new ReceivingUnitView(u.UnitId, u.Unit!.Code, u.Unit.Name, u.Unit.Address))
                    .ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Không tìm thấy thủ tục hành chính.");

        var calendar = await calendars.GetAsync(cancellationToken);
        var unit = procedure.TimeLimitUnit == TimeLimitUnit.WorkingHours ? ProcessingUnit.WorkingHours : ProcessingUnit.WorkingDays;
        var deadline = DeadlineCalculator.Compute(calendar, now, new ProcessingTime(procedure.TimeLimit, unit), procedure.CutoffTime);

        return new ProcedureDetail(
            procedure.Code,
            procedure.Name,
            procedure.FieldCode,
            procedure.FieldName,
            procedure.ImplementingLevel,
            procedure.OnlineLevel,
            procedure.TimeLimit,
            procedure.TimeLimitUnit,
            procedure.CutoffTime,
            procedure.Fee,
            procedure.FeeDescription,
            procedure.Result,
            procedure.LegalBasis,
            procedure.Papers,
            procedure.Steps,
            procedure.Units,
            new ExpectedReturn(now, deadline.DueDate, deadline.DueAt, deadline.Explanation));
    }
}
