using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Documents;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3007: an abbreviation used before the place that spells it out (<c>TCCSĐ</c> in a caption,
/// <c>tổ chức cơ sở đảng (TCCSĐ)</c> in the next paragraph). The title of the draft (its first
/// block) and headings may use it first: that is how headlines are written.
/// </summary>
internal sealed class RL3007AbbreviationBeforeDefinition : DraftAnalyzer
{
    public const string Id = "RL3007";

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var scan = AbbreviationScan.Of(context);
        foreach (var definition in scan.Definitions.DistinctBy(d => d.Use.Text))
        {
            var early = scan.Uses.FirstOrDefault(use => use.Text == definition.Use.Text && IsBefore(use, definition.Use)
                && use.BlockIndex > 0 && use.Block.Block.Kind != BlockKind.Heading);
            if (early.Text is not null)
            {
                context.Report(
                    Rule,
                    early.Block.Block.Prose.ToSource(early.Token.Start, early.Token.Length),
                    null,
                    early.Text,
                    definition.Expansion);
            }
        }
    }

    private static bool IsBefore(AbbreviationUse use, AbbreviationUse other) =>
        use.BlockIndex < other.BlockIndex || (use.BlockIndex == other.BlockIndex && use.Token.Start < other.Token.Start);
}
