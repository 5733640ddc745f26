using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ReportLint.Text;

/// <summary>
/// Splits a block's tokens into sentences. A sentence ends at <c>. ! ? …</c> (with any closing
/// quotes or brackets) when what follows starts a new sentence; abbreviations such as
/// <c>TP.</c> or <c>Th.</c>, numbers (<c>4.014</c>) and <c>...</c> followed by lower case do not end one.
/// </summary>
internal static class SentenceSegmenter
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = new[]
    {
        "TP", "Tp", "tp", "Th", "ThS", "TS", "PGS", "GS", "BS", "KS", "CN", "Q", "P", "TT", "Mr", "Mrs", "Dr", "St", "v.v", "vv", "Ths", "Ts", "Bs", "Ks", "NXB", "Nxb", "Tr", "tr", "Sđd", "sđd", "đ/c", "Đ/c",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static ImmutableArray<Sentence> Segment(string text, ImmutableArray<Token> tokens)
    {
        // Sized from the token count (a sentence is rarely shorter than 16 tokens), so that a long
        // paragraph does not regrow it sentence after sentence.
        var sentences = ImmutableArray.CreateBuilder<Sentence>(Math.Max(1, tokens.Length / 16));
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsTerminal(text, tokens, i))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Length && IsCloser(text, tokens[last + 1]) && tokens[last + 1].Start == tokens[last].End)
            {
                last++;
            }

            if (last + 1 < tokens.Length && !StartsSentence(text, tokens, last))
            {
                continue;
            }

            sentences.Add(Make(tokens, first, last));
            first = last + 1;
            i = last;
        }

        if (first < tokens.Length)
        {
            sentences.Add(Make(tokens, first, tokens.Length - 1));
        }

        return sentences.Count == sentences.Capacity ? sentences.MoveToImmutable() : sentences.ToImmutable();
    }

    private static Sentence Make(ImmutableArray<Token> tokens, int first, int last) =>
        new(tokens[first].Start, tokens[last].End - tokens[first].Start, first, last - first + 1);

    private static bool IsTerminal(string text, ImmutableArray<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var mark = token.TextIn(text);
        if (mark is "!" or "?" or "…" || mark.Length >= 3 && mark[0] == '.')
        {
            return true;
        }

        if (mark is not ".")
        {
            return false;
        }

        if (i == 0)
        {
            return false;
        }

        var previous = tokens[i - 1];
        if (previous.End != token.Start || previous.Kind != TokenKind.Word)
        {
            return true;
        }

        var word = previous.TextIn(text);
        return !(Abbreviations.Contains(word) || IsInitial(word));
    }

    // "N. Minh", "Q. Hà": a lone capital is an initial.
    private static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);

    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.TextIn(text) is "”" or "\"" or "’" or "'" or ")" or "]" or "»" or "/" or ".";

    private static bool StartsSentence(string text, ImmutableArray<Token> tokens, int last)
    {
        var next = tokens[last + 1];
        if (next.Start == tokens[last].End)
        {
            return false;
        }

        var first = text[next.Start];
        return char.IsUpper(first) || char.IsDigit(first) || next.Kind == TokenKind.Punctuation && first is '“' or '"' or '(' or '–' or '-' or '—' or '‘' or '[' or '•' or '*';
    }
}
