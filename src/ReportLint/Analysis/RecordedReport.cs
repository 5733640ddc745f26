using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Analysis;

/// <summary>One call to <c>Report</c> by a block or sentence action, its spans counted from the block's start.</summary>
internal sealed record RecordedReport(
    DiagnosticDescriptor Descriptor,
    TextSpan Span,
    ImmutableArray<TextSpan> RelatedSpans,
    ImmutableDictionary<string, string?>? Properties,
    object?[] MessageArgs);
