using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Application.Common;
using MotCua.Domain.Common;

namespace MotCua.Web.Validation;

/// <summary>A page that must refill lists or reload data before it is shown again after a failed post.</summary>
public interface IRedisplayable
{
    Task ReloadAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Turns rule failures into ModelState errors and shows the page again with what the user typed, so nothing
/// is lost: validation errors go next to their field ("Input.X"), rule and concurrency errors to the summary.
/// </summary>
internal sealed class ValidationPageFilter : IAsyncPageFilter
{
    public const string InputPrefix = "Input";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled || executed.HandlerInstance is not PageModel page)
        {
            return;
        }

        switch (executed.Exception)
        {
            case ValidationException validation:
                foreach (var error in validation.Errors)
                {
                    var key = string.IsNullOrEmpty(error.PropertyName) ? string.Empty : $"{InputPrefix}.{error.PropertyName}";
                    page.ModelState.AddModelError(key, error.ErrorMessage);
                }

                break;
            case DomainException or ConcurrencyConflictException:
                page.ModelState.AddModelError(string.Empty, executed.Exception.Message);
                break;
            case NotFoundException:
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
                return;
            default:
                return;
        }

        if (page is IRedisplayable redisplayable)
        {
            await redisplayable.ReloadAsync(context.HttpContext.RequestAborted);
        }

        executed.Result = page.Page();
        executed.ExceptionHandled = true;
    }
}
