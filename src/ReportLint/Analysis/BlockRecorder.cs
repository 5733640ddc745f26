using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Analysis;

/// <summary>
/// Collects what one analyzer's block and sentence actions report for one block while they run.
/// A report reaching outside the block cannot be moved with it: the block is then not recorded,
/// and its actions run again on the next analysis.
/// </summary>
internal sealed class BlockRecorder(TextSpan block)
{
    private readonly List<RecordedReport> _reports = [];
    private readonly List<FigureCheck> _figureChecks = [];
    private bool _escaped;

    public void Report(
        DiagnosticDescriptor descriptor,
        TextSpan span,
        ImmutableArray<TextSpan> relatedSpans,
        ImmutableDictionary<string, string?>? properties,
        object?[] messageArgs)
    {
        if (!block.Contains(span) || !relatedSpans.All(block.Contains) || (FixData.TryGetSpan(properties, out var fix) && !block.Contains(fix)))
        {
            _escaped = true;
            return;
        }

        _reports.Add(new RecordedReport(
            descriptor,
            BlockRecording.Shift(span, -block.Start),
            relatedSpans.IsEmpty ? [] : [.. relatedSpans.Select(s => BlockRecording.Shift(s, -block.Start))],
            FixData.Shift(properties, -block.Start),
            messageArgs));
    }

    public void FigureCheck(FigureCheck check)
    {
        if (!check.Spans.IsDefault && !check.Spans.All(block.Contains))
        {
            _escaped = true;
            return;
        }

        _figureChecks.Add(BlockRecording.Shift(check, -block.Start));
    }

    /// <summary>The recording, or null when some report cannot be replayed elsewhere.</summary>
    public BlockRecording? Finish() =>
        _escaped ? null
        : _reports.Count == 0 && _figureChecks.Count == 0 ? BlockRecording.Empty
        : new BlockRecording([.. _reports], [.. _figureChecks]);
}
