namespace ReportLint.Rules.Typography;

/// <summary>
/// Dotted leaders and blanks of forms and administrative documents (<c>Họ và tên: ..........</c>,
/// <c>Số: ..../2024/NĐ-CP</c>, <c>ngày …… tháng</c>, <c>____/____</c>): layout, not punctuation.
/// Word drafts type them as full stops and ellipses in any mix (<c>…..…</c>), so a run counts both.
/// </summary>
internal static class Leaders
{
    /// <summary>The run of dots and ellipses around <paramref name="i"/>, which must be one of them.</summary>
    public static DotRun RunAround(string text, int i)
    {
        var start = i;
        while (start > 0 && IsDot(text[start - 1]))
        {
            start--;
        }

        int end = i, dots = 0, ellipses = 0;
        for (end = start; end < text.Length && IsDot(text[end]); end++)
        {
            if (text[end] == '.')
            {
                dots++;
            }
            else
            {
                ellipses++;
            }
        }

        return new DotRun(start, end, dots, ellipses);
    }

    public static bool IsDot(char c) => c is '.' or '…';

    public static bool IsUnderscore(char c) => c == '_';

    /// <summary>Where the run of underscores that starts at <paramref name="start"/> ends.</summary>
    public static int UnderscoreRunEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsUnderscore(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>A run of <c>.</c> and <c>…</c> in a line of prose.</summary>
    internal readonly record struct DotRun(int Start, int End, int Dots, int Ellipses)
    {
        /// <summary>Four dots or two ellipses: longer than any ellipsis a sentence ends with.</summary>
        public bool IsLeader => Dots >= 4 || Ellipses >= 2;

        /// <summary>How many dots it shows, an ellipsis being three.</summary>
        public int Width => Dots + (3 * Ellipses);
    }
}
