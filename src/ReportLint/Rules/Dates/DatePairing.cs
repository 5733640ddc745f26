using ReportLint.Text;

namespace ReportLint.Rules.Dates;

/// <summary>Finds the date that a phrase (a weekday, <c>sáng nay</c>) is written with, just after or just before it.</summary>
internal static class DatePairing
{
    private const int MaxConnectors = 3;

    /// <summary>The first date after token <paramref name="last"/> with only <c>, ( ngày : -</c> between.</summary>
    public static WrittenDate? After(BlockText text, IReadOnlyList<WrittenDate> dates, int last)
    {
        foreach (var date in dates)
        {
            if (date.FirstToken > last && date.FirstToken - last - 1 <= MaxConnectors && AllConnectors(text, last + 1, date.FirstToken))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The date ending just before token <paramref name="first"/>, with only <c>( , -</c> between.</summary>
    public static WrittenDate? Before(BlockText text, IReadOnlyList<WrittenDate> dates, int first)
    {
        foreach (var date in dates)
        {
            if (date.LastToken < first && first - date.LastToken - 1 <= MaxConnectors && AllConnectors(text, date.LastToken + 1, first))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The last token of a finding that ends in a parenthesis it opened: <c>5/12/2024 (Thứ Sáu)</c>, <c>Sáng nay (25/11)</c>.</summary>
    public static int ThroughClosingParenthesis(BlockText text, int first, int last)
    {
        var opens = false;
        for (var k = first; k <= last; k++)
        {
            opens |= text.TextOf(text.Tokens[k]) is "(";
        }

        return opens && last + 1 < text.Tokens.Length && text.TextOf(text.Tokens[last + 1]) is ")" ? last + 1 : last;
    }

    private static bool AllConnectors(BlockText text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text.TextOf(text.Tokens[k]) is not ("," or "(" or ":" or "-" or "–" or "ngày" or "Ngày"))
            {
                return false;
            }
        }

        return true;
    }
}
