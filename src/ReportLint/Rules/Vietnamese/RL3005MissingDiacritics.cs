using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3005: a run of Vietnamese syllables typed without any marks (<c>anh tin bai</c>, a placeholder
/// left in the draft) in a draft otherwise written with them. A run needs one word that real text
/// almost never leaves unmarked (<c>bai</c>, not <c>anh</c> or <c>tin</c>), and must be a whole
/// line of three words or more, or six words inside a sentence: shorter runs inside prose are
/// mostly real toneless words (<c>co ro trong</c>, <c>da xanh xao</c>). English words, acronyms and
/// names in Latin script (<c>Nguyen Van An</c>) do not make a run.
/// </summary>
internal sealed class RL3005MissingDiacritics : DraftAnalyzer
{
    public const string Id = "RL3005";

    private const int MinimumLine = 3;
    private const int MinimumRunInProse = 6;

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        foreach (var text in WordTraitCache.BlocksWrittenWithMarks(context))
        {
            var block = text.Block;
            var traits = WordTraitCache.Of(context, text);
            var runStart = -1;
            var runLength = 0;
            var rare = false;
            var tokens = text.Tokens;
            for (var i = 0; i <= tokens.Length; i++)
            {
                var word = i < tokens.Length ? traits[i] : WordTraits.None;
                var joins = (word & (WordTraits.UnmarkedSyllable | WordTraits.AllUpper)) == WordTraits.UnmarkedSyllable
                    && !WordShape.IsPartOfCompound(text.Text, tokens[i].Start, tokens[i].End);

                // A capital starts a run (the first word of a sentence) but never continues one (a name).
                var continues = joins && runLength > 0 && (word & WordTraits.StartsUpper) == 0 && OnlySpaceBetween(text.Text, tokens[i - 1], tokens[i]);
                if (continues)
                {
                    runLength++;
                    rare |= (word & WordTraits.CommonUnmarked) == 0;
                    continue;
                }

                if (rare && (runLength >= MinimumRunInProse || (runLength >= MinimumLine && runLength == WordCount(traits))))
                {
                    var first = tokens[runStart];
                    var last = tokens[runStart + runLength - 1];
                    context.Report(Rule, block.Prose.ToSource(first.Start, last.End - first.Start), null, text.Text[first.Start..last.End]);
                }

                runStart = joins ? i : -1;
                runLength = joins ? 1 : 0;
                rare = joins && (word & WordTraits.CommonUnmarked) == 0;
            }
        }
    }

    private static int WordCount(ReadOnlySpan<WordTraits> traits)
    {
        var count = 0;
        foreach (var word in traits)
        {
            count += (word & WordTraits.Word) != 0 ? 1 : 0;
        }

        return count;
    }

    private static bool OnlySpaceBetween(string text, Token first, Token second) =>
        text.AsSpan(first.End, second.Start - first.End).IsWhiteSpace();
}
