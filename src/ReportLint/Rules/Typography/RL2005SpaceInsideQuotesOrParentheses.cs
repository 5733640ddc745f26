using System.Buffers;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2005: a space just inside a quotation or parenthesis (<c>“ Tăng cường</c>, <c>(TCCS )</c>).
/// Empty brackets (<c>( )</c>, a box on a form) are left alone, and a curly quote counts only where
/// it really opens or closes: <c>nói“ Xin</c> is a wrong quote, which RL2007 sees.
/// </summary>
internal sealed class RL2005SpaceInsideQuotesOrParentheses : DraftAnalyzer
{
    public const string Id = "RL2005";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    private static readonly SearchValues<char> Marks = SearchValues.Create("“(”)");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text.Text;
        for (var i = ProseSearch.Next(text, 0, Marks); i >= 0; i = ProseSearch.Next(text, i + 1, Marks))
        {
            switch (text[i])
            {
                case '“' when i == 0 || !char.IsLetterOrDigit(text[i - 1]):
                    CheckAfterOpener(context, i, '”', "RL2005_AfterOpeningQuote");
                    break;
                case '(':
                    CheckAfterOpener(context, i, ')', "RL2005_AfterOpeningParenthesis");
                    break;
                case '”' when i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]):
                    CheckBeforeCloser(context, i, '“', "RL2005_BeforeClosingQuote");
                    break;
                case ')':
                    CheckBeforeCloser(context, i, '(', "RL2005_BeforeClosingParenthesis");
                    break;
            }
        }
    }

    private static void CheckAfterOpener(BlockAnalysisContext context, int opener, char closer, string phrase)
    {
        var text = context.Text.Text;
        var end = InlineSpace.RunEnd(text, opener + 1);
        if (end > opener + 1 && end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != closer)
        {
            Report(context, opener + 1, end, TextSpan.FromBounds(opener, end), phrase);
        }
    }

    private static void CheckBeforeCloser(BlockAnalysisContext context, int closer, char opener, string phrase)
    {
        var text = context.Text.Text;
        var start = InlineSpace.RunStart(text, closer);
        if (start < closer && start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != opener)
        {
            Report(context, start, closer, TextSpan.FromBounds(start, closer + 1), phrase);
        }
    }

    private static void Report(BlockAnalysisContext context, int spaceStart, int spaceEnd, TextSpan proseSpan, string phrase)
    {
        var prose = context.Block.Prose;
        var spaces = prose.ToSource(spaceStart, spaceEnd - spaceStart);
        context.Report(Rule, prose.ToSource(proseSpan), FixData.Replace(spaces, string.Empty), TypographyRules.Family.Phrase(phrase));
    }
}
