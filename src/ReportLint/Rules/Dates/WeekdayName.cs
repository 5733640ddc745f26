using ReportLint.Text;

namespace ReportLint.Rules.Dates;

/// <summary>A weekday written in a block (<c>Thứ Năm</c>, <c>thứ 5</c>, <c>Chủ nhật</c>), tokens First to Last.</summary>
internal readonly record struct WeekdayName(DayOfWeek Day, int FirstToken, int LastToken)
{
    // Words after which "thứ năm" is "the fifth": lần thứ năm, khóa thứ hai.
    private static readonly string[] OrdinalNouns =
        ["lần", "khóa", "khoá", "kỳ", "đợt", "năm", "tháng", "ngày", "người", "hạng", "giải", "phần", "chương", "điều", "mục", "bước", "vòng", "số", "thế", "hàng", "đứng", "là", "cấp", "lớp", "tầng", "con", "vợ", "chồng", "nhiệm"];

    /// <summary>
    /// Both "thứ" and "chủ" are words of three letters in NFC prose: a test cheap enough to make
    /// before the call, and one that turns away nearly every token.
    /// </summary>
    public static bool MayStartOne(Token token) => token.Length == 3 && token.Kind == TokenKind.Word;

    public static bool TryRead(BlockText text, int i, out WeekdayName weekday)
    {
        weekday = default;
        var tokens = text.Tokens;
        if (i + 1 >= tokens.Length || !MayStartOne(tokens[i]))
        {
            return false;
        }

        var first = text.TextOf(tokens[i]);
        var second = text.TextOf(tokens[i + 1]);
        DayOfWeek? day = null;
        if (first.Equals("thứ", StringComparison.OrdinalIgnoreCase))
        {
            day = DayAfterThu(second);
        }
        else if (first.Equals("chủ", StringComparison.OrdinalIgnoreCase) && second.Equals("nhật", StringComparison.OrdinalIgnoreCase))
        {
            day = DayOfWeek.Sunday;
        }

        if (day is null || IsAfterOrdinalNoun(text, i))
        {
            return false;
        }

        weekday = new WeekdayName(day.Value, i, i + 1);
        return true;
    }

    // Thứ Hai is Monday ... Thứ Bảy is Saturday; also written with digits, thứ 2 ... thứ 7.
    private static readonly string[] DayNames = ["hai", "ba", "tư", "năm", "sáu", "bảy"];

    private static DayOfWeek? DayAfterThu(ReadOnlySpan<char> word)
    {
        for (var k = 0; k < DayNames.Length; k++)
        {
            if (word.Equals(DayNames[k], StringComparison.OrdinalIgnoreCase) || (word.Length == 1 && word[0] == (char)('2' + k)))
            {
                return (DayOfWeek)(k + 1);
            }
        }

        return null;
    }

    private static bool IsAfterOrdinalNoun(BlockText text, int i)
    {
        if (i == 0 || text.Tokens[i - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var previous = text.TextOf(text.Tokens[i - 1]);
        foreach (var noun in OrdinalNouns)
        {
            if (previous.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
