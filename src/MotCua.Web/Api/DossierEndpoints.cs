using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MotCua.Application.Common;
using MotCua.Application.Common.Files;
using MotCua.Application.Submissions;
using MotCua.Application.Tracking;
using MotCua.Domain.Dossiers;
using MotCua.Web.Hosting;
using MotCua.Web.Submission;

namespace MotCua.Web.Api;

/// <summary>Online submission and tracking for other systems and apps (anonymous, like the citizen pages).</summary>
internal static class DossierEndpoints
{
    private const int MaxFieldBytes = 8 * 1024;

    public static RouteGroupBuilder MapDossierEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapPost("/dossiers", SubmitAsync)
            .WithName("SubmitDossier")
            .WithSummary("Nộp hồ sơ trực tuyến (multipart/form-data; tệp trong trường files; paperIds tùy chọn: mã thành phần hồ sơ của từng tệp, cách nhau bởi dấu phẩy; header Idempotency-Key tùy chọn).")
            .WithMetadata(new RequestSizeLimitAttribute(UploadLimits.MaxRequestBytes))
            .Produces<SubmittedDossierResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        v1.MapGet("/dossiers/{code}", TrackAsync)
            .WithName("TrackDossier")
            .WithSummary("Tra cứu hồ sơ bằng mã hồ sơ và mã tra cứu (?key=).")
            .RequireRateLimiting(SecuritySetup.LookupRateLimit)
            .Produces<TrackedDossierResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return v1;
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext http, IMediator mediator, IFileStore store, IOptions<StorageOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var maxRequest = Math.Min(UploadLimits.MaxRequestBytes, limits.MaxDossierBytes + (1024 * 1024));
        if (http.Request.ContentLength > maxRequest)
        {
            return TooLarge($"Hồ sơ vượt quá dung lượng cho phép ({limits.MaxDossierBytes / (1024 * 1024)} MB).");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxRequest;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Invalid("files", "Yêu cầu phải có dạng multipart/form-data.");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var stored = new List<StoredFile>();
        try
        {
            var reader = new MultipartReader(boundary, http.Request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (disposition.IsFileDisposition())
                {
                    if (!name.Equals("files", StringComparison.OrdinalIgnoreCase))
                    {
                        await section.Body.DrainAsync(cancellationToken);
                        continue;
                    }

                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    var budget = Math.Min(limits.MaxFileBytes, limits.MaxDossierBytes - stored.Sum(f => f.Size));
                    stored.Add(await store.SaveAsync(section.Body, fileName ?? "tep", budget, cancellationToken));
                }
                else
                {
                    fields[name] = await ReadFieldAsync(section.Body, cancellationToken);
                }
            }
        }
        catch (FileRejectedException e)
        {
            DeleteAll(store, stored);
            return e.TooLarge ? TooLarge(e.Message) : Invalid("files", e.Message);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            DeleteAll(store, stored);
            return TooLarge($"Hồ sơ vượt quá dung lượng cho phép ({limits.MaxDossierBytes / (1024 * 1024)} MB).");
        }
        catch (InvalidDataException)
        {
            DeleteAll(store, stored);
            return Invalid("files", "Nội dung multipart/form-data không hợp lệ.");
        }

        if (!TryMatchPapers(Field(fields, "paperIds"), stored, out var submitted))
        {
            DeleteAll(store, stored);
            return Invalid("paperIds", "paperIds phải là danh sách mã thành phần hồ sơ (id), mỗi tệp một mã, theo thứ tự các tệp.");
        }

        var command = new SubmitDossier(
            Field(fields, "procedureCode"),
            Field(fields, "unitId") is { } unit ? int.TryParse(unit, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1 : null,
            Field(fields, "applicantName"),
            Field(fields, "citizenId"),
            ParseDate(Field(fields, "dateOfBirth")),
            Field(fields, "phone"),
            Field(fields, "email"),
            Field(fields, "address"),
            Field(fields, "deliveryMethod"),
            submitted,
            http.Request.Headers["Idempotency-Key"].FirstOrDefault(),
            Field(fields, "commune"),
            Field(fields, "province"));
        SubmissionResult result;
        try
        {
            result = await mediator.Send(command, cancellationToken);
        }
        catch
        {
            DeleteAll(store, stored);
            throw;
        }

        if (result.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return Results.Created(
            $"/api/v1/dossiers/{Uri.EscapeDataString(result.Code)}",
            new SubmittedDossierResponse(result.Code, result.TrackingKey, (int)result.Status, result.Status.Vietnamese()));
    }

    private static async Task<IResult> TrackAsync(string code, string? key, IMediator mediator, CancellationToken cancellationToken)
    {
        TrackingView view;
        try
        {
            view = await mediator.Send(new TrackDossier(code, key), cancellationToken);
        }
        catch (NotFoundException e)
        {
            // Written by hand, without a trace id: an unknown code and a wrong key must be indistinguishable.
            return Results.Json(
                new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = e.Message, Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5" },
                statusCode: StatusCodes.Status404NotFound,
                contentType: "application/problem+json");
        }

        return Results.Ok(new TrackedDossierResponse(
            view.Code,
            view.ProcedureName,
            view.UnitName,
            (int)view.Status,
            view.StatusText,
            view.SubmittedAt,
            view.DueDate,
            view.DueAt,
            view.ExtendedDueDate,
            [.. view.DueExplanation.Select(e => new DueExplanationResponse(e.Date, e.Reason))],
            [.. view.Timeline.Select(t => new TimelineResponse(t.At, (int)t.Status, t.StatusText, t.Note))],
            view.OpenSupplement?.MissingItems));
    }

    /// <summary>
    /// Optional <c>paperIds</c>: the paper (id from GET /api/v1/procedures/{code}) of each file, comma-separated in
    /// the files' order. With it, every mandatory paper must be attached; without it the officer checks completeness.
    /// </summary>
    private static bool TryMatchPapers(string? paperIds, List<StoredFile> stored, out List<SubmittedFile> submitted)
    {
        submitted = [.. stored.Select(f => new SubmittedFile(null, f))];
        if (paperIds is null)
        {
            return true;
        }

        var ids = paperIds.Split(',', StringSplitOptions.TrimEntries);
        if (ids.Length != stored.Count)
        {
            return false;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (!int.TryParse(ids[i], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return false;
            }

            submitted[i] = new SubmittedFile(id, stored[i]);
        }

        return true;
    }

    private static string? Field(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxFieldBytes)
            {
                throw new InvalidDataException("Field too long.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void DeleteAll(IFileStore store, List<StoredFile> stored)
    {
        foreach (var file in stored)
        {
            store.Delete(file.StoredName);
        }
    }

    private static IResult TooLarge(string message) => Results.Problem(
        title: message, statusCode: StatusCodes.Status413PayloadTooLarge);

    private static IResult Invalid(string field, string message) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, title: "Dữ liệu không hợp lệ.");
}

internal sealed record SubmittedDossierResponse(string Code, string? TrackingKey, int Status, string StatusText);

internal sealed record TrackedDossierResponse(
    string Code,
    string Procedure,
    string ReceivingUnit,
    int Status,
    string StatusText,
    DateTimeOffset SubmittedAt,
    DateOnly? DueDate,
    DateTimeOffset? DueAt,
    DateOnly? ExtendedDueDate,
    IReadOnlyList<DueExplanationResponse> DueExplanation,
    IReadOnlyList<TimelineResponse> Timeline,
    IReadOnlyList<string>? MissingItems);

internal sealed record DueExplanationResponse(DateOnly Date, string Reason);

internal sealed record TimelineResponse(DateTimeOffset At, int Status, string StatusText, string? Note);
