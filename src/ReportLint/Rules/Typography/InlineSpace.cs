namespace ReportLint.Rules.Typography;

/// <summary>
/// Runs of spaces within one line of prose: the ordinary space, the no-break space and the other
/// Unicode space separators. Tabs and line breaks are not part of a run, so no spacing rule ever
/// looks across a line end.
/// </summary>
internal static class InlineSpace
{
    /// <summary>
    /// The Unicode space separators (category Zs), tested by range because Vietnamese letters
    /// with tone marks (U+1EA0 to U+1EF9) fill the text and must be rejected at once.
    /// </summary>
    public static bool Is(char c) => c < '\u2000'
        ? c == ' ' || c == '\u00A0' || c == '\u1680'
        : c <= '\u200A' || c == '\u202F' || c == '\u205F' || c == '\u3000';

    /// <summary>Where the run of spaces that ends just before <paramref name="end"/> starts.</summary>
    public static int RunStart(string text, int end)
    {
        var start = end;
        while (start > 0 && Is(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>Where the run of spaces that starts at <paramref name="start"/> ends.</summary>
    public static int RunEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && Is(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// True when a visible character stands on each side of the run: runs at the start or end of a
    /// line are indentation or web residue, not spacing between words.
    /// </summary>
    public static bool IsBetweenVisible(string text, int start, int end) =>
        start > 0 && end < text.Length && !char.IsWhiteSpace(text[start - 1]) && !char.IsWhiteSpace(text[end]);
}
