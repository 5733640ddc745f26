using ReportLint.Review;
using ReportLint.Analysis.Fixes;
using ReportLint.Documents;
using ReportLint.Documents.Word;
using ReportLint.Reporting;

namespace ReportLint.Cli;

/// <summary>
/// The in-memory copy of one Word draft that receives its fixes as tracked changes, pass after
/// pass: each pass is placed in the current copy, which is then saved to memory and read again (as
/// Word shows it, changes accepted), so the next pass sees the fixed text with a run map into the
/// new copy. The input file is read once and never written.
/// </summary>
internal sealed class WordFixCopy : IDisposable
{
    public WordReviewCopy? Current { get; private set; }

    /// <summary>The loader for <see cref="CheckRunner"/>: reads the input into the first copy.</summary>
    public Draft Load(string path)
    {
        Current?.Dispose();
        Current = WordDraftReader.OpenForReview(new MemoryStream(DraftLoader.ReadFile(path), writable: false));
        return WordDraftReader.FromText(path, Current.Text);
    }

    /// <summary>Places the fixes it can in the current copy and reads the result back as the next draft.</summary>
    public AppliedFixes Apply(Draft draft, IReadOnlyList<RuleFix> fixes)
    {
        var copy = Current ?? throw new InvalidOperationException("No copy is open.");
        var applied = WordTrackedChanges.Apply(copy, draft.Text, fixes);
        if (applied.Count == 0)
        {
            return new AppliedFixes(draft, applied);
        }

        var saved = new MemoryStream();
        copy.WriteTo(saved);
        Current = WordDraftReader.OpenForReview(new MemoryStream(saved.ToArray(), writable: false));
        return new AppliedFixes(WordDraftReader.FromText(draft.Path, Current.Text), applied);
    }

    public void Dispose() => Current?.Dispose();
}
