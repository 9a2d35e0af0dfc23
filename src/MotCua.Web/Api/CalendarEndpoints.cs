using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MotCua.Application.Calendar;
using MotCua.Domain.Calendar;

namespace MotCua.Web.Api;

/// <summary>The public working calendar: due dates and the special days of a year. No login needed.</summary>
internal static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Lịch làm việc").AllowAnonymous()
            .AddEndpointFilter(ValidationProblemAsync);

        calendar.MapGet("/due-date", DueDateAsync)
            .WithName("GetDueDate")
            .WithSummary("Tính hạn xử lý")
            .WithDescription("Hạn xử lý của hồ sơ tiếp nhận tại receivedAt (ISO 8601 có múi giờ), theo số ngày làm việc "
                + "(workingDays, kèm giờ chốt cutoff HH:mm nếu có) hoặc theo thời hạn và giờ chốt của thủ tục (procedureCode).")
            .Produces<DueDateResponse>()
            .ProducesValidationProblem();

        calendar.MapGet("/{year:int}", YearAsync)
            .WithName("GetCalendarYear")
            .WithSummary("Ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi và làm bù của một năm")
            .WithDescription("Không liệt kê Thứ Bảy, Chủ nhật thông thường. Đã áp dụng các điều chỉnh của quản trị.")
            .Produces<CalendarDayResponse[]>()
            .ProducesValidationProblem();

        return api;
    }

    private static async Task<Ok<DueDateResponse>> DueDateAsync(
        IMediator mediator,
        [FromQuery] string? receivedAt,
        [FromQuery] string? workingDays,
        [FromQuery] string? procedureCode,
        [FromQuery] string? cutoff,
        CancellationToken cancellationToken)
    {
        var view = await mediator.Send(
            new GetDueDate(Given(receivedAt), Given(workingDays), Given(procedureCode), Given(cutoff)), cancellationToken);
        return TypedResults.Ok(new DueDateResponse(
            view.ReceivedAt,
            view.EffectiveFrom,
            view.DueDate,
            view.DueAt,
            view.Explanation.Select(e => new ExplanationResponse(e.Date, e.Reason)).ToList()));
    }

    private static async Task<Ok<CalendarDayResponse[]>> YearAsync(
        IMediator mediator, int year, CancellationToken cancellationToken)
    {
        var view = await mediator.Send(new GetCalendarYear(year), cancellationToken);
        return TypedResults.Ok(view.Days.Select(d => new CalendarDayResponse(d.Date, KindName(d.Kind), d.Name)).ToArray());
    }

    // Bad parameters answer 400 with the parameter's name as the key, here rather than through the exception
    // handler, so the answer is a plain ValidationProblem whatever error page the app shows.
    private static async ValueTask<object?> ValidationProblemAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (FluentValidation.ValidationException e)
        {
            var errors = e.Errors
                .GroupBy(f => string.IsNullOrEmpty(f.PropertyName) ? f.PropertyName : char.ToLowerInvariant(f.PropertyName[0]) + f.PropertyName[1..])
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
            return TypedResults.ValidationProblem(errors, title: "Dữ liệu không hợp lệ.");
        }
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string KindName(SpecialDayKind kind) => kind switch
    {
        SpecialDayKind.Holiday => "holiday",
        SpecialDayKind.Compensatory => "compensatory",
        SpecialDayKind.DayOff => "day-off",
        _ => "working-saturday",
    };

    internal sealed record DueDateResponse(
        DateTimeOffset ReceivedAt,
        DateOnly EffectiveFrom,
        DateOnly DueDate,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DueAt,
        IReadOnlyList<ExplanationResponse> Explanation);

    internal sealed record ExplanationResponse(DateOnly Date, string Reason);

    internal sealed record CalendarDayResponse(DateOnly Date, string Kind, string Name);
}
