using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MotCua.Application.Common.Behaviours;

/// <summary>
/// Unit of work for commands: the handler's writes (and the rollups and audit rows saved with them) commit together
/// or not at all. A concurrency conflict becomes a message the officer can act on.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IAppDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new ConcurrencyConflictException();
        }
    }
}
