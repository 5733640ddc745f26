using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Documents;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2010: a paragraph that holds nothing but <c>, . ; :</c>, such as the lone comma left under
/// a byline when a web page is copied. A line of three dots or more is an ellipsis marking
/// omitted text, and table cells use marks as "no data", so both are left alone.
/// </summary>
internal sealed class RL2010StrayPunctuation : DraftAnalyzer
{
    public const string Id = "RL2010";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        if (context.Block.Kind == BlockKind.TableCell)
        {
            return;
        }

        var text = context.Text.Text.AsSpan();
        var trimmed = text.Trim();
        if (trimmed.IsEmpty || trimmed.ContainsAnyExcept(",.;:") || trimmed.Length >= 3 && !trimmed.ContainsAnyExcept('.'))
        {
            return;
        }

        var start = text.Length - text.TrimStart().Length;
        context.ReportAtProse(Rule, start, trimmed.Length, null, trimmed.ToString());
    }
}
