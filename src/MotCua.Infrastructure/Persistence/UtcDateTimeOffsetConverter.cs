using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MotCua.Infrastructure.Persistence;

public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    v => v.UtcDateTime,
    v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
