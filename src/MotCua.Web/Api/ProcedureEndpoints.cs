using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Application.Catalog;
using MotCua.Domain.Calendar;
using MotCua.Domain.Procedures;

namespace MotCua.Web.Api;

/// <summary>The public procedure catalogue as JSON: the same queries as the /thu-tuc pages.</summary>
internal static class ProcedureEndpoints
{
    public static RouteGroupBuilder MapProcedures(this RouteGroupBuilder v1)
    {
        var procedures = v1.MapGroup("/procedures").WithTags("Procedures");

        procedures.MapGet("/", SearchAsync)
            .WithName("SearchProcedures")
            .WithSummary("Search the procedure catalogue")
            .WithDescription("Matches every word of q in the name, ignoring diacritics and case (\"dang ky khai sinh\" finds "
                + "\"Đăng ký khai sinh\"). field is a field code (e.g. HT). page is a whole number from 1; pageSize a whole number from 1 to 100 (default 20).")
            .ProducesValidationProblem();

        procedures.MapGet("/{code}", GetAsync)
            .WithName("GetProcedure")
            .WithSummary("One procedure with its papers, fee, time limit, steps and receiving units")
            .WithDescription("expectedReturnDate is the appointment date a dossier received now would get.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return v1;
    }

    // page and pageSize arrive as text so that "abc" gets the same 400 naming the parameter as "0" does.
    private static async Task<Ok<ProcedureListResponse>> SearchAsync(
        IMediator mediator, string? q, string? field, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var pageNumber = Whole(page, nameof(SearchProcedures.Page), "Số trang", failures) ?? 1;
        var size = Whole(pageSize, nameof(SearchProcedures.PageSize), "Số thủ tục mỗi trang", failures) ?? SearchProcedures.DefaultPageSize;
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var result = await mediator.Send(new SearchProcedures(q, field, Page: pageNumber, PageSize: size), cancellationToken);
        return TypedResults.Ok(new ProcedureListResponse(
            result.Items.Select(p => new ProcedureListItem(p.Code, p.Name, p.FieldName, Level(p.OnlineLevel), p.TimeLimit,
                Unit(p.TimeLimitUnit), p.Fee)).ToList(),
            result.Total));
    }

    private static async Task<Ok<ProcedureResponse>> GetAsync(IMediator mediator, string code, CancellationToken cancellationToken)
    {
        var p = await mediator.Send(new GetProcedure(code), cancellationToken);
        return TypedResults.Ok(new ProcedureResponse(
            p.Code,
            p.Name,
            new FieldResponse(p.FieldCode, p.FieldName),
            Level(p.OnlineLevel),
            p.TimeLimit,
            Unit(p.TimeLimitUnit),
            p.CutoffTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
            p.Fee,
            p.FeeDescription,
            p.Result,
            p.LegalBasis,
            p.Papers.Select(x => new PaperResponse(x.Id, x.Name, x.OriginalRequired ? "original" : "copy", x.Sets, x.IsMandatory,
                x.TemplateFileName is not null ? $"/mau-don/{x.Id}" : null)).ToList(),
            p.Steps.Select(s => new StepResponse(s.Order, s.Name, s.UnitLevel.ToString(), s.Role, s.SharePercent)).ToList(),
            p.ReceivingUnits.Select(u => new UnitResponse(u.Code, u.Name, u.Address)).ToList(),
            p.ExpectedReturn.Date,
            p.ExpectedReturn.At is { } at ? VietnamTime.ToLocal(at) : null));
    }

    private static int? Whole(string? text, string property, string label, List<ValidationFailure> failures)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        failures.Add(new ValidationFailure(property, $"{label} phải là số nguyên."));
        return null;
    }

    private static string Level(OnlineLevel level) => level switch
    {
        OnlineLevel.Full => "full",
        OnlineLevel.Partial => "partial",
        _ => "counter-only",
    };

    private static string Unit(TimeLimitUnit unit) => unit == TimeLimitUnit.WorkingHours ? "working-hours" : "working-days";
}

internal sealed record ProcedureListResponse(IReadOnlyList<ProcedureListItem> Items, int Total);

/// <param name="OnlineLevel">full, partial or counter-only.</param>
/// <param name="ProcessingUnit">working-days or working-hours.</param>
/// <param name="Fee">In VND; 0 means free of charge.</param>
internal sealed record ProcedureListItem(string Code, string Name, string Field, string OnlineLevel, int ProcessingDays,
    string ProcessingUnit, decimal Fee);

internal sealed record FieldResponse(string Code, string Name);

/// <param name="Cutoff">Local time (HH:mm) after which a receipt counts from the next working day; null: none.</param>
/// <param name="ExpectedReturnDate">The appointment date if a dossier were received now.</param>
/// <param name="ExpectedReturnAt">For hour-based procedures, the exact local instant.</param>
internal sealed record ProcedureResponse(
    string Code,
    string Name,
    FieldResponse Field,
    string OnlineLevel,
    int ProcessingDays,
    string ProcessingUnit,
    string? Cutoff,
    decimal Fee,
    string? FeeDescription,
    string Result,
    string LegalBasis,
    IReadOnlyList<PaperResponse> Papers,
    IReadOnlyList<StepResponse> Steps,
    IReadOnlyList<UnitResponse> ReceivingUnits,
    DateOnly ExpectedReturnDate,
    DateTimeOffset? ExpectedReturnAt);

/// <param name="Kind">original or copy.</param>
internal sealed record PaperResponse(int Id, string Name, string Kind, int Sets, bool Mandatory, string? Template);

internal sealed record StepResponse(int Order, string Name, string UnitLevel, string Role, int SharePercent);

internal sealed record UnitResponse(string Code, string Name, string? Address);
