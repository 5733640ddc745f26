using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Analysis;

/// <summary>
/// What one analyzer's block and sentence actions reported for a block, its spans counted from the
/// block's start, so that the same block elsewhere in a later version gets the same findings
/// without running them. Severities are applied on replay, as they are for a live report.
/// </summary>
internal sealed class BlockRecording(ImmutableArray<RecordedReport> reports, ImmutableArray<FigureCheck> figureChecks)
{
    public static readonly BlockRecording Empty = new([], []);

    public void Replay(DraftSession session, int blockStart)
    {
        foreach (var report in reports)
        {
            session.Report(
                report.Descriptor,
                Shift(report.Span, blockStart),
                report.RelatedSpans.IsEmpty ? [] : report.RelatedSpans.Select(s => Shift(s, blockStart)),
                FixData.Shift(report.Properties, blockStart),
                report.MessageArgs);
        }

        foreach (var check in figureChecks)
        {
            session.FigureChecks.Add(Shift(check, blockStart));
        }
    }

    public static FigureCheck Shift(FigureCheck check, int shift) =>
        shift == 0 || check.Spans.IsDefaultOrEmpty ? check : check with { Spans = [.. check.Spans.Select(s => Shift(s, shift))] };

    public static TextSpan Shift(TextSpan span, int shift) => new(span.Start + shift, span.Length);
}
