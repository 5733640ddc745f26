using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3009: a syllable that is a real syllable but, in its place, almost surely a slip for another
/// (<c>sử lý</c> for <c>xử lý</c>, <c>lăng lực</c> for <c>năng lực</c>, <c>thiếu xót</c> for
/// <c>thiếu sót</c>). Candidates come from the confusions of <c>confusions.txt</c>; the context
/// decides, with the syllable-bigram counts of <c>syllable-bigrams.txt</c> (a noisy channel over
/// the words on either side).
/// </summary>
/// <remarks>
/// Precision over recall: a finding needs all of these. What was typed was never seen beside
/// either neighbour and makes no listed word with them. The correction makes a listed word
/// (<c>word-pairs.txt</c>) with one neighbour, seen at least <see cref="MinimumWordCount"/> times.
/// And the context makes the correction <see cref="MinimumRatio"/> times likelier than what was
/// typed. The thresholds were chosen on the build split alone (<c>scripts/nearword-eval --tune</c>):
/// at a ratio of 100 half the findings on unchanged text were false alarms, at 10,000 about a third,
/// for 50 % of planted slips caught instead of 59 %.
/// Names (a capital), numbers and words with punctuation between them are never read nor context; the
/// correction is offered in the message, not as a fix: the context can still be wrong.
/// </remarks>
internal sealed class RL3009NearWordMisspelling : DraftAnalyzer
{
    public const string Id = "RL3009";

    internal const double MinimumRatio = 10_000;
    internal const int MinimumWordCount = 10;

    // The probability of a syllable after its neighbour: this share from the pair's count, the
    // rest from the syllable's own frequency, so a rare spelling never wins for want of evidence.
    internal const double PairWeight = 0.9;

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text;
        var tokens = text.Tokens.AsSpan();
        var traits = WordTraitCache.Of(context, text);
        SyllableBigrams? model = null;

        // Each word is looked up once, though it is read as the syllable and as both neighbours.
        int[]? ids = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsLowerSyllable(traits[i]))
            {
                continue;
            }

            var before = i > 0 && IsNeighbour(text, traits, tokens[i - 1], tokens[i], i - 1) ? i - 1 : -1;
            var after = i + 1 < tokens.Length && IsNeighbour(text, traits, tokens[i], tokens[i + 1], i + 1) ? i + 1 : -1;
            if (before < 0 && after < 0)
            {
                continue;
            }

            model ??= SyllableBigrams.Shared;
            ids ??= NotLookedUp(tokens.Length);
            var typed = IdOf(model, text, tokens, ids, i);
            var previous = IdOf(model, text, tokens, ids, before);
            var next = IdOf(model, text, tokens, ids, after);
            if (model.PairCount(previous, typed) > 0 || model.PairCount(typed, next) > 0)
            {
                continue;
            }

            // The lexicon is the slower look-up: asked only when there is a correction to offer.
            if (Correction(model, text, tokens, before, i, after, typed, previous, next) is { } correction
                && !(before >= 0 && VietnameseLexicon.Shared.IsWord(text.TextOf(tokens[before]), text.TextOf(tokens[i])))
                && !(after >= 0 && VietnameseLexicon.Shared.IsWord(text.TextOf(tokens[i]), text.TextOf(tokens[after]))))
            {
                Report(context, text, tokens, before, i, after, correction);
            }
        }
    }

    private static int[] NotLookedUp(int length)
    {
        var ids = new int[length];
        Array.Fill(ids, int.MinValue);
        return ids;
    }

    private static int IdOf(SyllableBigrams model, BlockText text, ReadOnlySpan<Token> tokens, int[] ids, int at)
    {
        if (at < 0)
        {
            return SyllableBigrams.Unknown;
        }

        if (ids[at] == int.MinValue)
        {
            ids[at] = model.IdOf(text.TextOf(tokens[at]));
        }

        return ids[at];
    }

    private static string? Correction(SyllableBigrams model, BlockText text, ReadOnlySpan<Token> tokens, int before, int at, int after, int typed, int previous, int next)
    {
        var here = Evidence(model, previous, before >= 0, typed, next, after >= 0);
        string? best = null;
        var bestRatio = MinimumRatio;
        foreach (var (spelling, candidate) in model.KnownConfusions(text.TextOf(tokens[at])))
        {
            if (candidate == typed
                || !(MakesWord(model, text, tokens, before, previous, spelling, candidate, first: false)
                    || MakesWord(model, text, tokens, after, next, spelling, candidate, first: true)))
            {
                continue;
            }

            var ratio = Evidence(model, previous, before >= 0, candidate, next, after >= 0) / here;
            if (ratio >= bestRatio)
            {
                (best, bestRatio) = (spelling, ratio);
            }
        }

        // Offered as the writer places tone marks (hoà or hòa): RL3001 judges style.
        var style = best is null ? ToneMarkStyle.Neutral : ToneMarkPlacement.Detect(text.TextOf(tokens[at]));
        return style == ToneMarkStyle.Old ? ToneMarkPlacement.Convert(best!, style) : best;
    }

    /// <summary>True when the candidate and the neighbour make a listed word, seen often enough.</summary>
    private static bool MakesWord(SyllableBigrams model, BlockText text, ReadOnlySpan<Token> tokens, int neighbour, int neighbourId, string spelling, int candidate, bool first)
    {
        if (neighbour < 0)
        {
            return false;
        }

        var other = text.TextOf(tokens[neighbour]);
        return first
            ? model.PairCount(candidate, neighbourId) >= MinimumWordCount && VietnameseLexicon.Shared.IsWord(spelling, other)
            : model.PairCount(neighbourId, candidate) >= MinimumWordCount && VietnameseLexicon.Shared.IsWord(other, spelling);
    }

    /// <summary>P(x | previous) · P(next | x), each interpolated with the syllables' own frequencies.</summary>
    private static double Evidence(SyllableBigrams model, int previous, bool hasPrevious, int x, int next, bool hasNext)
    {
        var score = hasPrevious ? Conditional(model, previous, x) : Prior(model, x);
        return hasNext ? score * Conditional(model, x, next) : score;
    }

    private static double Conditional(SyllableBigrams model, int given, int x)
    {
        var count = model.Count(given);
        return count == 0
            ? Prior(model, x)
            : (PairWeight * model.PairCount(given, x) / count) + ((1 - PairWeight) * Prior(model, x));
    }

    private static double Prior(SyllableBigrams model, int x) => (model.Count(x) + 0.5) / model.Total;

    private static void Report(BlockAnalysisContext context, BlockText text, ReadOnlySpan<Token> tokens, int before, int at, int after, string correction)
    {
        var written = text.TextOf(tokens[at]).ToString();
        var (phrase, meant) = after >= 0 && VietnameseLexicon.Shared.IsWord(correction, text.TextOf(tokens[after]))
            ? ($"{written} {text.TextOf(tokens[after])}", $"{correction} {text.TextOf(tokens[after])}")
            : ($"{text.TextOf(tokens[before])} {written}", $"{text.TextOf(tokens[before])} {correction}");
        context.Report(Rule, context.Block.Prose.ToSource(tokens[at].Start, tokens[at].Length), null, phrase, meant);
    }

    private static bool IsLowerSyllable(WordTraits traits) =>
        (traits & (WordTraits.Word | WordTraits.ValidSyllable | WordTraits.StartsUpper | WordTraits.AllUpper | WordTraits.HasDigit))
            == (WordTraits.Word | WordTraits.ValidSyllable);

    /// <summary>
    /// A lower-case word with only white space between it and the syllable: punctuation, a number
    /// or a stand-in ends the context, and a capital (a name, a sentence's first word, "Của sổ")
    /// is no context, as the counts hold only pairs written in lower case.
    /// </summary>
    private static bool IsNeighbour(BlockText text, ReadOnlySpan<WordTraits> traits, Token first, Token second, int neighbour) =>
        (traits[neighbour] & (WordTraits.Word | WordTraits.HasDigit | WordTraits.StartsUpper | WordTraits.AllUpper)) == WordTraits.Word
        && text.Text.AsSpan(first.End, second.Start - first.End).IsWhiteSpace();
}
