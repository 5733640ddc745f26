using System.Globalization;

namespace ReportLint.Rules.Typography;

/// <summary>
/// Runs of spaces within one line of prose: the ordinary space, the no-break space and the other
/// Unicode space separators. Tabs and line breaks are not part of a run, so no spacing rule ever
/// looks across a line end.
/// </summary>
internal static class InlineSpace
{
    public static bool Is(char c) =>
        c == ' ' || c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

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
