// An example of a rule of your own: it flags markers such as "TODO", "XXX" or "[...]" that an
// editor left in a draft. List this file under `plugins:` in rules.yml (see docs/analyzer-api.md).
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Text;

namespace Newsroom.Rules;

public sealed class NoPlaceholderMarkers : DraftAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        id: "NR1001",
        title: "Dấu đánh dấu chưa xóa",
        messageFormat: "Còn sót dấu “{0}” trong bản thảo: hoàn thiện đoạn này rồi xóa dấu",
        category: "Newsroom",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: "https://example.org/newsroom/rules/NR1001");

    private static readonly ImmutableHashSet<string> Markers = ["TODO", "XXX", "FIXME"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(block =>
    {
        foreach (var token in block.Text.Tokens)
        {
            var word = block.Text.TextOf(token).ToString();
            if (token.Kind == TokenKind.Word && Markers.Contains(word))
            {
                block.ReportAtProse(Rule, token.Start, token.Length, null, word);
            }
        }
    });
}
