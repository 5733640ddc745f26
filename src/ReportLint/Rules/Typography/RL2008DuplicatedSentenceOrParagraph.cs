using System.Collections.Immutable;
using System.Text;
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
/// headings and table cells repeat by nature and are left out.
/// </summary>
public sealed class RL2008DuplicatedSentenceOrParagraph : DraftAnalyzer
{
    public const string Id = "RL2008";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Descriptor(Id, DiagnosticSeverity.Warning);

    private const int MinParagraphWords = 5;
    private const int MinSentenceWords = 6;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var paragraphs = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var sentences = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var key = new StringBuilder();
        foreach (var block in context.Draft.Blocks)
        {
            if (block.Kind is BlockKind.Heading or BlockKind.TableCell)
            {
                continue;
            }

            var text = context.TextOf(block);
            var tokens = text.Tokens;
            if (CountWords(tokens.AsSpan()) >= MinParagraphWords)
            {
                var start = tokens[0].Start;
                var end = tokens[^1].End;
                var span = block.Prose.ToSource(start, end - start);
                var paragraph = Normalize(key, text.Text, start, end);
                if (paragraphs.TryGetValue(paragraph, out var first))
                {
                    // Its sentences are those of the first copy: one finding says it all.
                    Report(context, span, first, "RL2008_Paragraph");
                    continue;
                }

                paragraphs.Add(paragraph, span);
            }

            foreach (var sentence in text.Sentences)
            {
                var sentenceTokens = tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
                if (sentence.TokenCount < MinSentenceWords || CountWords(sentenceTokens) < MinSentenceWords || IsCredit(text, sentenceTokens))
                {
                    continue;
                }

                var span = block.Prose.ToSource(sentence.Start, sentence.Length);
                var normalized = Normalize(key, text.Text, sentence.Start, sentence.End);
                if (sentences.TryGetValue(normalized, out var first))
                {
                    Report(context, span, first, "RL2008_Sentence");
                }
                else
                {
                    sentences.Add(normalized, span);
                }
            }
        }
    }

    private static void Report(DraftAnalysisContext context, TextSpan copy, TextSpan first, string phrase)
    {
        var firstLine = context.Draft.Text.Lines.GetLinePosition(first.Start).Line + 1;
        context.ReportWithRelated(Rule, copy, [first], null, TypographyRules.Phrase(phrase), firstLine);
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
    /// The text from <paramref name="start"/> to <paramref name="end"/> with each run of white
    /// space as one space and each dash as a hyphen, built in the reused <paramref name="key"/>.
    /// </summary>
    private static string Normalize(StringBuilder key, string text, int start, int end)
    {
        key.Clear();
        var inSpace = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace)
            {
                key.Append(' ');
                inSpace = false;
            }

            key.Append(c is '–' or '—' or '‒' or '‑' ? '-' : c);
        }

        return key.ToString();
    }
}
