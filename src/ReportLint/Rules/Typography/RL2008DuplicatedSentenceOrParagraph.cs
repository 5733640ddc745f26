using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Text;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2008: a paragraph or sentence written twice, as happens when a photo caption is pasted again
/// or a draft is merged with an older copy. Texts are compared after collapsing white space
/// (no-break spaces included) and reading every dash as one, since the second copy is often
/// retyped with another dash. Short lines (<c>Tin tức</c>, <c>anh tin bai</c>), photo credits,
/// headings, table cells and what a Word file places in text boxes and frames (the same header in
/// each model form of an annex) repeat by nature and are left out.
/// </summary>
internal sealed class RL2008DuplicatedSentenceOrParagraph : DraftAnalyzer
{
    public const string Id = "RL2008";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    private const int MinParagraphWords = 5;
    private const int MinSentenceWords = 6;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var paragraphs = new Dictionary<ProseSlice, TextSpan>(ProseSlice.Comparer);
        var sentences = new Dictionary<ProseSlice, TextSpan>(ProseSlice.Comparer);
        foreach (var block in context.Draft.Blocks)
        {
            if (block.Kind is BlockKind.Heading or BlockKind.TableCell || block.IsPlaced)
            {
                continue;
            }

            var text = context.TextOf(block);
            var tokens = text.Tokens;
            if (CountWords(tokens.AsSpan()) >= MinParagraphWords)
            {
                var paragraph = new ProseSlice(text.Text, tokens[0].Start, tokens[^1].End);
                var span = block.Prose.ToSource(paragraph.Start, paragraph.End - paragraph.Start);
                if (!paragraphs.TryAdd(paragraph, span))
                {
                    // Its sentences are those of the first copy: one finding says it all.
                    Report(context, span, paragraphs[paragraph], "RL2008_Paragraph");
                    continue;
                }
            }

            foreach (var sentence in text.Sentences)
            {
                CheckSentence(context, text, sentence.FirstToken, sentence.TokenCount, sentences);
            }

            // Captions typed on lines of their own, with no full stop, make one Markdown paragraph
            // and one sentence: each such line is compared too.
            foreach (var (first, count) in LinesWithinSentences(text))
            {
                CheckSentence(context, text, first, count, sentences);
            }
        }
    }

    private static void CheckSentence(DraftAnalysisContext context, BlockText text, int firstToken, int tokenCount, Dictionary<ProseSlice, TextSpan> sentences)
    {
        var sentenceTokens = text.Tokens.AsSpan(firstToken, tokenCount);
        if (tokenCount < MinSentenceWords || CountWords(sentenceTokens) < MinSentenceWords || IsCredit(text, sentenceTokens))
        {
            return;
        }

        var start = sentenceTokens[0].Start;
        var end = sentenceTokens[^1].End;
        var slice = new ProseSlice(text.Text, start, end);
        var span = text.Block.Prose.ToSource(start, end - start);
        if (!sentences.TryAdd(slice, span))
        {
            Report(context, span, sentences[slice], "RL2008_Sentence");
        }
    }

    // The lines of a block that are strictly part of a longer sentence (token ranges).
    private static IEnumerable<(int First, int Count)> LinesWithinSentences(BlockText text)
    {
        if (!text.Text.Contains('\n', StringComparison.Ordinal))
        {
            yield break;
        }

        var tokens = text.Tokens;
        var lineStart = 0;
        for (var i = 1; i <= tokens.Length; i++)
        {
            var breaksHere = i == tokens.Length || text.Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n');
            if (!breaksHere)
            {
                continue;
            }

            var isWholeSentence = text.Sentences.Any(s => s.FirstToken == lineStart && s.TokenCount == i - lineStart);
            if (!isWholeSentence)
            {
                yield return (lineStart, i - lineStart);
            }

            lineStart = i;
        }
    }

    private static void Report(DraftAnalysisContext context, TextSpan copy, TextSpan first, string phrase)
    {
        // A Word draft has one paragraph per line: its editor counts paragraphs, not lines.
        var firstLine = (context.Draft.Text.Lines.GetLinePosition(first.Start).Line + 1).ToString(CultureInfo.InvariantCulture);
        var where = TypographyRules.Family.Phrase(context.Draft.Format == DraftFormat.Word ? "RL2008_WordParagraph" : "RL2008_Line", firstLine);
        context.ReportWithRelated(Rule, copy, [first], null, TypographyRules.Family.Phrase(phrase), where);
    }

    // "(Ảnh: Công an tỉnh An Giang)." under every photo is a credit, not a repetition.
    private static bool IsCredit(BlockText text, ReadOnlySpan<Token> tokens)
    {
        var first = tokens[0].Kind == TokenKind.Punctuation && text.TextOf(tokens[0]) is "(" ? 1 : 0;
        return text.TextOf(tokens[first]) is "Ảnh" or "Nguồn" && text.TextOf(tokens[first + 1]) is ":";
    }

    private static int CountWords(ReadOnlySpan<Token> tokens)
    {
        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>
    /// A piece of a block's prose, compared and hashed as if each run of white space were one
    /// space and each dash a hyphen, without building the normalised text.
    /// </summary>
    private readonly record struct ProseSlice(string Text, int Start, int End)
    {
        public static readonly IEqualityComparer<ProseSlice> Comparer = new NormalizedComparer();

        private const int HashedPrefix = 48;

        /// <summary>The next normalised character from <paramref name="i"/> on, or -1 at the end.</summary>
        private int Next(ref int i)
        {
            if (i >= End)
            {
                return -1;
            }

            var c = Text[i++];
            if (char.IsWhiteSpace(c))
            {
                while (i < End && char.IsWhiteSpace(Text[i]))
                {
                    i++;
                }

                return ' ';
            }

            return c is '–' or '—' or '‒' or '‑' ? '-' : c;
        }

        private sealed class NormalizedComparer : IEqualityComparer<ProseSlice>
        {
            public bool Equals(ProseSlice x, ProseSlice y)
            {
                // Copies are usually exact: comparing them as written is many times faster.
                if (x.Text.AsSpan(x.Start, x.End - x.Start).SequenceEqual(y.Text.AsSpan(y.Start, y.End - y.Start)))
                {
                    return true;
                }

                int i = x.Start, j = y.Start;
                while (true)
                {
                    var a = x.Next(ref i);
                    if (a != y.Next(ref j))
                    {
                        return false;
                    }

                    if (a < 0)
                    {
                        return true;
                    }
                }
            }

            // The opening words tell almost every sentence apart: hashing only them keeps the cost
            // of a long paragraph low, and equality still compares the whole text.
            public int GetHashCode(ProseSlice slice)
            {
                var hash = default(HashCode);
                var i = slice.Start;
                var c = slice.Next(ref i);
                for (var n = 0; c >= 0 && n < HashedPrefix; n++, c = slice.Next(ref i))
                {
                    hash.Add(c);
                }

                return hash.ToHashCode();
            }
        }
    }
}
