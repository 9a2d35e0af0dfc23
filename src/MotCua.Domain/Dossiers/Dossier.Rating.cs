using MotCua.Domain.Common;

namespace MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>
    /// Đánh giá mức độ hài lòng: once per dossier, after the result (status 9 or 10), on the result, the attitude
    /// and the time taken, each 1 (rất không hài lòng) … 5 (rất hài lòng).
    /// </summary>
    public void Rate(int result, int attitude, int timeTaken, string? comment, DateTimeOffset at)
    {
        if (Status is not (DossierStatus.Resolved or DossierStatus.Returned))
        {
            throw new DomainException("Chỉ đánh giá được hồ sơ đã có kết quả giải quyết.");
        }

        if (Rating is not null)
        {
            throw new DomainException("Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần.");
        }

        if (new[] { result, attitude, timeTaken }.Any(score => score is < 1 or > 5))
        {
            throw new DomainException("Mỗi tiêu chí đánh giá phải từ 1 đến 5.");
        }

        Rating = new Rating
        {
            Result = result,
            Attitude = attitude,
            TimeTaken = timeTaken,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            RatedAt = at,
        };
        NewRating = Rating;
    }
}
