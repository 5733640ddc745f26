using ReportLint.Numbers.Claims;
using static ReportLint.Numbers.TextScanning;

namespace ReportLint.Numbers.Relations;

/// <summary>Turns the scanned figures of a paragraph into the token stream the relation grammar matches.</summary>
internal static class FigureTokenizer
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
                tokens.Add(new FigureToken(FigureTokenKind.Word, i, end, NormalizeCached(text.AsSpan(i, end - i)), null) { Capitalized = char.IsUpper(c) });
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

    private const int MaxCachedWords = 50_000;

    // Each thread keeps the spellings it has normalised: a draft repeats a few thousand words, so most
    // lookups find the string without copying the word out of the paragraph.
    [ThreadStatic]
    private static Dictionary<string, string>? t_normalized;

    private static string NormalizeCached(ReadOnlySpan<char> word)
    {
        var cache = t_normalized ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var normalized))
        {
            return normalized;
        }

        if (cache.Count >= MaxCachedWords)
        {
            cache.Clear();
        }

        var text = word.ToString();
        normalized = Normalize(text);
        cache[text] = normalized;
        return normalized;
    }

    /// <summary>Full stops, question and exclamation marks are the sentence ends the segmenter already found.</summary>
    private static bool IsSentenceEnd(string text, int i) => text[i] is '.' or '!' or '?' or '…';
}
