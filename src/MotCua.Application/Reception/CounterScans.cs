using FluentValidation;
using FluentValidation.Results;
using MotCua.Application.Submissions;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Procedures;

namespace MotCua.Application.Reception;

/// <summary>
/// Papers scanned or uploaded at the counter (số hóa hồ sơ): stored through the same file store and signature checks
/// as a citizen's upload, and attached to the dossier as application files of the paper they belong to.
/// </summary>
internal static class CounterScans
{
    public static void Attach(
        Dossier dossier, Procedure procedure, IEnumerable<int> receivedPaperIds, IReadOnlyList<SubmittedFile>? scans,
        DateTimeOffset at)
    {
        if (scans is null or { Count: 0 })
        {
            return;
        }

        // A scan belongs to a paper of this procedure the officer ticked as received.
        var allowed = procedure.Papers.Select(p => p.Id).Intersect(receivedPaperIds).ToHashSet();
        if (scans.Any(s => s.PaperId is not { } id || !allowed.Contains(id)))
        {
            throw new ValidationException(
                [new ValidationFailure(nameof(ReceiveAtCounter.Papers), "Bản quét phải thuộc một thành phần hồ sơ đã nhận của thủ tục.")]);
        }

        foreach (var scan in scans)
        {
            dossier.Files.Add(SubmitDossierHandler.ToRow(scan, FileKind.Application, at));
        }
    }
}
