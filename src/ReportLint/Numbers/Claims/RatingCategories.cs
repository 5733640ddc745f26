namespace ReportLint.Numbers.Claims;

/// <summary>The four levels of the yearly Party rating, which split the rated units or members exhaustively.</summary>
internal enum Rating
{
    /// <summary><c>hoàn thành xuất sắc nhiệm vụ</c></summary>
    Excellent,

    /// <summary><c>hoàn thành tốt nhiệm vụ</c>; some reports count the excellent inside it.</summary>
    Good,

    /// <summary><c>hoàn thành nhiệm vụ</c></summary>
    Completed,

    /// <summary><c>không hoàn thành nhiệm vụ</c></summary>
    NotCompleted,
}

/// <summary>One rating level named in the text.</summary>
/// <param name="Rating">The level.</param>
/// <param name="Start">Where its name starts in the block.</param>
/// <param name="End">Where its name ends.</param>
/// <param name="Cumulative"><c>hoàn thành tốt nhiệm vụ trở lên</c>: this level and those above, not one slice.</param>
internal readonly record struct RatingMention(Rating Rating, int Start, int End, bool Cumulative);

/// <summary>
/// Finds the rating levels (<c>hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ</c>,
/// and their abbreviations <c>HTXSNV</c>, <c>HTTNV</c>, <c>HTNV</c>) that tell which share of a
/// classification a figure is.
/// </summary>
internal static class RatingCategories
{
    public const int LevelCount = 4;

    private const string Complete = "hoàn thành";

    public static bool Mentions(string text, int start, int end) => Find(text, start, end).Count > 0;

    public static List<RatingMention> Find(string text, int start, int end)
    {
        var found = new List<RatingMention>();
        var i = start;
        while (i < end)
        {
            var at = text.IndexOf(Complete, i, end - i, StringComparison.OrdinalIgnoreCase);
            var abbreviation = FindAbbreviation(text, i, at < 0 ? end : at);
            if (abbreviation is { } a)
            {
                found.Add(a);
                i = a.End;
                continue;
            }

            if (at < 0)
            {
                break;
            }

            i = at + Complete.Length;
            if (at > 0 && char.IsLetter(text[at - 1]))
            {
                continue;
            }

            var negated = Preceding(text, at) is "không" or "chưa";
            var next = Following(text, i, out var nextEnd);
            Rating? rating = next switch
            {
                "xuất" when Following(text, nextEnd, out var sacEnd) == "sắc" => Set(ref nextEnd, sacEnd, Rating.Excellent),
                "tốt" => Rating.Good,
                "nhiệm" => negated ? Rating.NotCompleted : Rating.Completed,
                _ => null,
            };
            if (rating is null || (negated && rating != Rating.NotCompleted))
            {
                continue;
            }

            var mentionEnd = SkipDuty(text, nextEnd);
            found.Add(new RatingMention(rating.Value, negated ? TextScanning.WordStart(text, TextScanning.SkipSpacesBackward(text, at)) : at, mentionEnd, IsCumulative(text, mentionEnd)));
            i = mentionEnd;
        }

        return found;
    }

    private static Rating Set(ref int end, int newEnd, Rating rating)
    {
        end = newEnd;
        return rating;
    }

    private static RatingMention? FindAbbreviation(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('H' or 'K') || (i > 0 && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            var wordEnd = TextScanning.WordEnd(text, i);
            Rating? rating = text.AsSpan(i, wordEnd - i) switch
            {
                "HTXSNV" => Rating.Excellent,
                "HTTNV" => Rating.Good,
                "HTNV" => Preceding(text, i) is "không" or "chưa" ? Rating.NotCompleted : Rating.Completed,
                "KHTNV" => Rating.NotCompleted,
                _ => null,
            };
            if (rating is { } r)
            {
                return new RatingMention(r, i, wordEnd, IsCumulative(text, wordEnd));
            }

            i = wordEnd;
        }

        return null;
    }

    // "nhiệm vụ" after the level is usual but optional.
    private static int SkipDuty(string text, int end)
    {
        if (Following(text, end, out var first) == "nhiệm" && Following(text, first, out var second) == "vụ")
        {
            return second;
        }

        return end;
    }

    private static bool IsCumulative(string text, int end) =>
        Following(text, end, out var next) == "trở" && Following(text, next, out _) == "lên";

    private static string Preceding(string text, int position)
    {
        var end = TextScanning.SkipSpacesBackward(text, position);
        var start = TextScanning.WordStart(text, end);
        return text[start..end].ToLowerInvariant();
    }

    private static string Following(string text, int position, out int end)
    {
        var start = TextScanning.SkipSpaces(text, position);
        end = TextScanning.WordEnd(text, start);
        return text[start..end].ToLowerInvariant();
    }
}
