namespace MotCua.Application.Common;

/// <summary>The thing asked for does not exist, or the caller may not know it exists (same answer for both).</summary>
public sealed class NotFoundException(string message = "Không tìm thấy.") : Exception(message);

/// <summary>Someone else changed the record first; the user must reload before trying again.</summary>
public sealed class ConcurrencyConflictException(string message =
    "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang để xem thay đổi mới nhất rồi thao tác lại.")
    : Exception(message);
