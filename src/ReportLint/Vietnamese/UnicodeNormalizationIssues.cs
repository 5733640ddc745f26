using System.Buffers;
using System.Text;

namespace ReportLint.Vietnamese;

internal enum NormalizationIssueKind
{
    /// <summary>A letter followed by combining marks that NFC writes as one precomposed letter.</summary>
    Decomposed,

    /// <summary>U+200B, U+200C, U+200D, or U+FEFF anywhere but at the very start.</summary>
    ZeroWidth,

    /// <summary>U+00AD: invisible in Word and browsers, but it splits the word for search and spell checking.</summary>
    SoftHyphen,

    /// <summary>A no-break space next to a space between two words: it shows as a double space.</summary>
    NoBreakSpaceBesideSpace,
}

/// <summary>A stretch of text and what it should be replaced with.</summary>
internal readonly record struct NormalizationIssue(int Start, int Length, NormalizationIssueKind Kind, string Replacement);

/// <summary>Finds invisible or non-canonical characters that Vietnamese text pasted from the web or Word carries.</summary>
internal static class UnicodeNormalizationIssues
{
    private const char NoBreakSpace = '\u00A0';

    private static readonly SearchValues<char> Triggers = SearchValues.Create(
        "\u00A0\u00AD\u200B\u200C\u200D\uFEFF" + string.Concat(Enumerable.Range(0x300, 0x70).Select(c => (char)c)));

    /// <summary>False when <see cref="Find"/> has nothing to report: a few vectorized searches, no allocation.</summary>
    /// <remarks>
    /// Searched range by range: one search for all of them falls back to a probabilistic map that
    /// Vietnamese letters, all outside ASCII, keep sending to its slow path.
    /// </remarks>
    public static bool MayHaveIssues(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0300', '\u036F')
        || text.ContainsAny('\u00A0', '\u00AD', '\uFEFF')
        || text.ContainsAnyInRange('\u200B', '\u200D');

    public static IReadOnlyList<NormalizationIssue> Find(string text)
    {
        List<NormalizationIssue>? issues = null;
        var span = text.AsSpan();
        var i = span.IndexOfAny(Triggers);
        while (i >= 0 && i < span.Length)
        {
            var next = i + 1;
            var issue = text[i] switch
            {
                '\u200B' or '\u200C' or '\u200D' => new NormalizationIssue(i, 1, NormalizationIssueKind.ZeroWidth, ""),
                '\uFEFF' when i > 0 => new NormalizationIssue(i, 1, NormalizationIssueKind.ZeroWidth, ""),
                '\u00AD' => new NormalizationIssue(i, 1, NormalizationIssueKind.SoftHyphen, ""),
                NoBreakSpace => SpaceRun(text, i, out next),
                '\uFEFF' => null,
                _ => DecomposedRun(text, i, out next),
            };
            if (issue is { } found)
            {
                (issues ??= []).Add(found);
            }

            var rest = span[next..].IndexOfAny(Triggers);
            i = rest < 0 ? -1 : next + rest;
        }

        return issues ?? (IReadOnlyList<NormalizationIssue>)[];
    }

    /// <summary>The whole run of spaces and no-break spaces around a no-break space, if it sits between two words.</summary>
    private static NormalizationIssue? SpaceRun(string text, int at, out int end)
    {
        var start = at;
        while (start > 0 && text[start - 1] is ' ' or NoBreakSpace)
        {
            start--;
        }

        end = at;
        while (end < text.Length && text[end] is ' ' or NoBreakSpace)
        {
            end++;
        }

        var run = text.AsSpan(start, end - start);
        // A run at the edge of a line is web-page residue (an empty line, a trailing space): harmless.
        var betweenWords = start > 0 && end < text.Length && !char.IsWhiteSpace(text[start - 1]) && !char.IsWhiteSpace(text[end]);
        return betweenWords && run.Contains(' ')
            ? new NormalizationIssue(start, run.Length, NormalizationIssueKind.NoBreakSpaceBesideSpace, " ")
            : null;
    }

    /// <summary>The letter before a combining mark and all the marks after it, when NFC changes them.</summary>
    private static NormalizationIssue? DecomposedRun(string text, int mark, out int end)
    {
        var start = mark > 0 && !IsCombiningMark(text[mark - 1]) ? mark - 1 : mark;
        end = mark;
        while (end < text.Length && IsCombiningMark(text[end]))
        {
            end++;
        }

        // A damaged file can put a lone surrogate before a mark: normalization rejects it, and there is nothing to compose.
        var sequence = text.Substring(start, end - start);
        if (sequence.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return null;
        }

        var composed = sequence.Normalize(NormalizationForm.FormC);
        return composed == sequence ? null : new NormalizationIssue(start, sequence.Length, NormalizationIssueKind.Decomposed, composed);
    }

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}
