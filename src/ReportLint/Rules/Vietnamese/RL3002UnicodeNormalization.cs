using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3002: decomposed (NFD) letters, zero-width characters and soft hyphens. Prose is already NFC,
/// so the rule reads the source text of each block. A no-break space beside a space is left to
/// RL2002 (doubled space), which reports it as the double space the reader sees.
/// </summary>
public sealed class RL3002UnicodeNormalization : DraftAnalyzer
{
    public const string Id = "RL3002";

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var source = context.Draft.Text;
        HashSet<int>? reported = null;
        foreach (var block in context.Draft.Blocks)
        {
            var raw = source.ToString(block.Span);
            foreach (var issue in UnicodeNormalizationIssues.Find(raw))
            {
                if (issue.Kind == NormalizationIssueKind.NoBreakSpaceBesideSpace)
                {
                    continue;
                }

                // Block spans are not promised to be disjoint: report each place once.
                var span = new TextSpan(block.Span.Start + issue.Start, issue.Length);
                if ((reported ??= []).Add(span.Start))
                {
                    context.Report(Rule, span, FixData.Replace(span, issue.Replacement), Describe(issue, raw));
                }
            }
        }
    }

    private static LocalizableResourceString Describe(NormalizationIssue issue, string raw) => issue.Kind switch
    {
        NormalizationIssueKind.Decomposed => OrthographyRules.Text("RL3002_Decomposed", issue.Replacement),
        NormalizationIssueKind.SoftHyphen => OrthographyRules.Text("RL3002_SoftHyphen"),
        _ => OrthographyRules.Text("RL3002_ZeroWidth", $"U+{(int)raw[issue.Start]:X4}"),
    };
}
