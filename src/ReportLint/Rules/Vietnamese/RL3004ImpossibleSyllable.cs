using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3004: a lower-case word written with Vietnamese marks that no Vietnamese syllable can be
/// (<c>nhiệmm</c>, <c>đảgn</c>, <c>thưc</c>). Plain ASCII words are left alone: in a Vietnamese
/// draft they are loanwords, units and foreign words (taxi, karaoke, kg, online) far more often
/// than typos. Capitalised words (names, acronyms), words with digits, a word quoted on its own
/// (slang), loanwords written the Vietnamese way (<c>êkíp</c>, <c>đôla</c>: the data file
/// <c>Vietnamese/Lexicon/loanwords.txt</c>) and the rules.yml allow list are silent.
/// </summary>
internal sealed class RL3004ImpossibleSyllable : DraftAnalyzer
{
    public const string Id = "RL3004";

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override ImmutableArray<RuleOptionDescriptor> SupportedOptions =>
        [new(Id, "allow", "Words written with Vietnamese marks that are accepted although they are not syllables, added to the built-in loanwords (ôtô, balô).")];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text;
        var traits = WordTraitCache.Of(context, text);
        Span<char> buffer = stackalloc char[WordShape.MaxLookupLength];
        for (var i = 0; i < traits.Length; i++)
        {
            // A lower-case word of Vietnamese letters, not plain ASCII, that no syllable spells.
            if ((traits[i] & (WordTraits.Word | WordTraits.Ascii | WordTraits.StartsUpper | WordTraits.HasDigit | WordTraits.VietnameseAlphabet | WordTraits.ValidSyllable))
                != (WordTraits.Word | WordTraits.VietnameseAlphabet))
            {
                continue;
            }

            var token = text.Tokens[i];
            var word = text.TextOf(token);
            if (WordShape.IsPartOfCompound(text.Text, token.Start, token.End) || IsQuotedAlone(text.Text, token)
                || !WordShape.TryLower(word, buffer, out var lower)
                || LexiconWordList.Loanwords.Contains(lower) || IsHyphenatedLoanword(text.Text, token)
                || context.Options(Id).GetLowerCaseSet("allow").GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower))
            {
                continue;
            }

            context.ReportAtProse(Rule, token.Start, token.Length, null, word.ToString());
        }
    }

    // A loanword hyphenated in part (xê-mina, kilô-gam) leaves pieces that are no syllable: the
    // whole run, its hyphens dropped, is looked up.
    private static bool IsHyphenatedLoanword(string text, Token token)
    {
        var start = token.Start;
        while (start > 1 && text[start - 1] == '-' && char.IsLetter(text[start - 2]))
        {
            start -= 2;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }
        }

        var end = token.End;
        while (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
        }

        Span<char> buffer = stackalloc char[WordShape.MaxLookupLength];
        var length = 0;
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (c == '-')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = CaseFolding.ToLower(c);
        }

        return (start != token.Start || end != token.End) && LexiconWordList.Loanwords.Contains(buffer[..length]);
    }

    // A word quoted on its own (“cóong”) is slang or a foreign term the writer marks as such.
    private static bool IsQuotedAlone(string text, Token token) =>
        token.Start > 0 && token.End < text.Length && text[token.Start - 1] is '“' or '"' or '‘' or '\'' && text[token.End] is '”' or '"' or '’' or '\'';
}
