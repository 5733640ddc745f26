using ReportLint.Numbers.Claims;
using static ReportLint.Numbers.TextScanning;

namespace ReportLint.Numbers.Relations;

/// <summary>Turns the scanned figures of a paragraph into the token stream the relation grammar matches.</summary>
public static class FigureTokenizer
{
    public static IReadOnlyList<FigureToken> Tokenize(BlockFigures figures)
    {
        var text = figures.Text;
        var tokens = new List<FigureToken>(text.Length / 4);
        var mentions = figures.Mentions;
        var next = 0;
        var sentence = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (sentence < figures.Sentences.Length - 1 && i >= figures.Sentences[sentence].Start + figures.Sentences[sentence].Length)
            {
                sentence++;
                tokens.Add(new FigureToken(FigureTokenKind.SentenceEnd, i, i, "", null));
            }

            while (next < mentions.Count && mentions[next].Span.Start < i)
            {
                next++;
            }

            var c = text[i];
            if (next < mentions.Count && mentions[next].Span.Start == i)
            {
                var mention = mentions[next++];
                tokens.Add(new FigureToken(FigureTokenKind.Figure, i, mention.Span.End, "", mention));
                i = Math.Max(mention.Span.End, i + 1);
            }
            else if (IsLetter(c))
            {
                var end = WordEnd(text, i);
                tokens.Add(new FigureToken(FigureTokenKind.Word, i, end, Normalize(text[i..end]), null) { Capitalized = char.IsUpper(c) });
                i = end;
            }
            else if (char.IsWhiteSpace(c) || IsSentenceEnd(text, i))
            {
                i++;
            }
            else
            {
                tokens.Add(new FigureToken(FigureTokenKind.Mark, i, i + 1, c.ToString(), null));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>Words of the grammar and of the text are compared in one spelling.</summary>
    public static string Normalize(string word) => VietnameseToneStyle.ToClassic(word.ToLowerInvariant());

    /// <summary>Full stops, question and exclamation marks are the sentence ends the segmenter already found.</summary>
    private static bool IsSentenceEnd(string text, int i) => text[i] is '.' or '!' or '?' or '…';
}
