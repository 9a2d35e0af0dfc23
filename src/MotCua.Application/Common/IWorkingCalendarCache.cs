namespace MotCua.Application.Common;

/// <summary>Drops the cached working calendar after an administrator changes it.</summary>
public interface IWorkingCalendarCache
{
    void Invalidate();
}
