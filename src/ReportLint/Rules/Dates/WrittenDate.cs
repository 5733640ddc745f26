using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Text;

namespace ReportLint.Rules.Dates;

/// <summary>
/// A date as written in a block: <c>16/1/2020</c>, <c>(25/11)</c>, <c>ngày 5 tháng 12 năm 2024</c>;
/// tokens <see cref="FirstToken"/> to <see cref="LastToken"/>. The day and month are as written,
/// possibly impossible (<c>31/11</c>); the year is absent when not written.
/// </summary>
internal readonly record struct WrittenDate(int Day, int Month, int? Year, int FirstToken, int LastToken, bool AfterDateWord)
{
    /// <summary>The date, its year taken from the dateline when not written; null when there is no such day.</summary>
    public DateOnly? Resolve(DateOnly? dateline)
    {
        if (Year is { } year)
        {
            return Exists(year) ? new DateOnly(year, Month, Day) : null;
        }

        if (dateline is not { } reference)
        {
            return null;
        }

        // 28/12 in a draft dated 2/1 is last year's: take the year that puts the date nearest the dateline.
        DateOnly? best = null;
        for (var candidate = reference.Year - 1; candidate <= reference.Year + 1; candidate++)
        {
            if (Exists(candidate) && (best is null || Distance(new DateOnly(candidate, Month, Day), reference) < Distance(best.Value, reference)))
            {
                best = new DateOnly(candidate, Month, Day);
            }
        }

        return best;
    }

    public bool Exists(int year) => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month);

    private static int Distance(DateOnly a, DateOnly b) => Math.Abs(a.DayNumber - b.DayNumber);
}

/// <summary>Reads the dates of a block from its tokens.</summary>
internal static class DateReader
{
    private static readonly BlockValueProvider<IReadOnlyList<WrittenDate>> Dates = new((_, text) => All(text));

    /// <summary>Every date of the block, in order, read once for all the date rules.</summary>
    public static IReadOnlyList<WrittenDate> Of(ActionContext context, BlockText text) => context.GetValue(text, Dates);

    private static List<WrittenDate> All(BlockText text)
    {
        var dates = new List<WrittenDate>();
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && TryRead(text, i, out var date))
            {
                dates.Add(date);
                i = date.LastToken;
            }
        }

        return dates;
    }

    private static bool TryRead(BlockText text, int i, out WrittenDate date) =>
        TryReadSlashed(text, i, out date) || TryReadSpelled(text, i, out date);

    /// <summary><c>16/1/2020</c>, <c>23/1</c>: no spaces, and not part of a document number (<c>30/2020/NĐ-CP</c>).</summary>
    private static bool TryReadSlashed(BlockText text, int i, out WrittenDate date)
    {
        date = default;
        var tokens = text.Tokens;
        if (Glued(tokens, i - 1, i) && text.TextOf(tokens[i - 1]) is "/" or "-" or "." || !IsDigits(text.TextOf(tokens[i])) || !IsSlashThenNumber(text, i))
        {
            return false;
        }

        var last = i + 2;
        int? year = null;
        if (IsSlashThenNumber(text, last))
        {
            if (text.TextOf(tokens[last + 2]).Length != 4)
            {
                return false;
            }

            last += 2;
            year = Number(text, last);
        }

        // A longer chain (1/2/3/4) or a code glued on after (12/2019/TT-BTC) is not a date.
        if (Glued(tokens, last, last + 1) && text.TextOf(tokens[last + 1]) is "/" or "-"
            || text.TextOf(tokens[i]).Length > 2 || text.TextOf(tokens[i + 2]).Length > 2)
        {
            return false;
        }

        date = new WrittenDate(Number(text, i), Number(text, i + 2), year, i, last, AfterDateWord(text, i));
        return true;
    }

    /// <summary><c>ngày 5 tháng 12 năm 2024</c>: only after <c>ngày</c>, since <c>6 tháng</c> alone is a duration.</summary>
    private static bool TryReadSpelled(BlockText text, int i, out WrittenDate date)
    {
        date = default;
        var tokens = text.Tokens;
        if (i < 1 || !text.TextOf(tokens[i - 1]).Equals("ngày", StringComparison.OrdinalIgnoreCase)
            || !IsWordThenNumber(text, i + 1, "tháng"))
        {
            return false;
        }

        var last = i + 2;
        int? year = null;
        if (IsWordThenNumber(text, last + 1, "năm") && text.TextOf(tokens[last + 2]).Length == 4)
        {
            last += 2;
            year = Number(text, last);
        }

        date = new WrittenDate(Number(text, i), Number(text, i + 2), year, i, last, AfterDateWord: true);
        return true;
    }

    private static bool IsSlashThenNumber(BlockText text, int i)
    {
        var tokens = text.Tokens;
        return i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Number && text.TextOf(tokens[i + 1]) is "/"
            && Glued(tokens, i, i + 1) && Glued(tokens, i + 1, i + 2) && IsDigits(text.TextOf(tokens[i + 2]));
    }

    private static bool IsWordThenNumber(BlockText text, int i, string word)
    {
        var tokens = text.Tokens;
        return i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number
            && text.TextOf(tokens[i]).Equals(word, StringComparison.OrdinalIgnoreCase) && IsDigits(text.TextOf(tokens[i + 1]));
    }

    private static bool Glued(ImmutableArray<Token> tokens, int first, int second) =>
        first >= 0 && second < tokens.Length && tokens[first].End == tokens[second].Start;

    private static bool IsDigits(ReadOnlySpan<char> text) => text.Length is > 0 and <= 4 && !text.ContainsAnyExceptInRange('0', '9');

    private static int Number(BlockText text, int i) => int.Parse(text.TextOf(text.Tokens[i]), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary><c>ngày 23/1</c>, <c>sáng 16/1</c>: words after which <c>d/m</c> can only be a date, not a fraction.</summary>
    private static bool AfterDateWord(BlockText text, int i)
    {
        if (i < 1 || text.Tokens[i - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = text.TextOf(text.Tokens[i - 1]);
        foreach (var dateWord in DateWords)
        {
            if (word.Equals(dateWord, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DateWords = ["ngày", "sáng", "chiều", "trưa", "tối", "đêm", "hôm", "nay"];
}
