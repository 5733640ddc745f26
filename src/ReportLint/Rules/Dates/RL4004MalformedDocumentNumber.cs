using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Text;

namespace ReportLint.Rules.Dates;

/// <summary>
/// RL4004: a document number with spaces inside it: Party numbers (<c>05- CT/TW</c> for
/// <c>05-CT/TW</c>, <c>15 -KH/HNDH</c>) and state numbers (<c>30/2020/NĐ - CP</c>). A number is a
/// chain of digits and capitalised codes joined by <c>-</c> and <c>/</c>, with at least one slash and
/// one code; it is written without spaces, so the fix removes them.
/// </summary>
internal sealed class RL4004MalformedDocumentNumber : DraftAnalyzer
{
    public const string Id = "RL4004";

    private const int MaxCodeLength = 10;

    public static readonly DiagnosticDescriptor Rule = DateRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text;
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Number || (i > 0 && tokens[i - 1].End == tokens[i].Start && text.TextOf(tokens[i - 1]) is "/" or "-"))
            {
                continue;
            }

            var last = ChainEnd(text, i, out var hasSlash, out var hasCode, out var spaced);
            if (hasSlash && hasCode && spaced)
            {
                var fixedForm = new StringBuilder();
                for (var k = i; k <= last; k++)
                {
                    fixedForm.Append(text.TextOf(tokens[k]));
                }

                var start = tokens[i].Start;
                var span = context.Block.Prose.ToSource(start, tokens[last].End - start);
                context.Report(Rule, span, FixData.Replace(span, fixedForm.ToString()), text.Text[start..tokens[last].End], fixedForm.ToString());
            }

            i = last;
        }
    }

    /// <summary>The last token of the chain of parts and separators starting at a number.</summary>
    private static int ChainEnd(BlockText text, int first, out bool hasSlash, out bool hasCode, out bool spaced)
    {
        hasSlash = hasCode = spaced = false;
        var tokens = text.Tokens;
        var last = first;
        while (last + 2 < tokens.Length)
        {
            var separator = text.TextOf(tokens[last + 1]);
            var part = tokens[last + 2];
            var isCode = part.Kind == TokenKind.Word && IsCode(text.TextOf(part));
            if (separator is not ("-" or "/") || !(isCode || part.Kind == TokenKind.Number)
                || !IsInlineGap(text, tokens[last], tokens[last + 1]) || !IsInlineGap(text, tokens[last + 1], part))
            {
                break;
            }

            hasSlash |= separator is "/";
            hasCode |= isCode;
            spaced |= tokens[last].End != tokens[last + 1].Start || tokens[last + 1].End != part.Start;
            last += 2;
        }

        return last;
    }

    // NQ, TW, NĐ, CP, HNDH, QĐi: a capital first, no longer than an issuer's code.
    private static bool IsCode(ReadOnlySpan<char> word) => word.Length <= MaxCodeLength && char.IsUpper(word[0]) && word.Length >= 2 && char.IsUpper(word[1]);

    // Spaces may separate the parts (that is the mistake), but not a line break or other text.
    private static bool IsInlineGap(BlockText text, Token left, Token right)
    {
        var gap = text.Text.AsSpan(left.End, right.Start - left.End);
        return gap.Length <= 2 && gap.IsWhiteSpace() && !gap.ContainsAny('\n', '\r');
    }
}
