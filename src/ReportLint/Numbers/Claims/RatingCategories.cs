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
/// classification a figure is. The phrases are the <c>rating-levels</c> of number-words.yml.
/// </summary>
internal static class RatingCategories
{
    public const int LevelCount = 4;

    // Longest first, so that "hoàn thành tốt nhiệm vụ" is one level and not "hoàn thành" then words.
    private static readonly (string[] Words, Rating Rating)[] Phrases = [.. NumberWords.Default.Lists("rating-levels")
        .SelectMany(level => level.Value.Select(phrase => (Words: phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), Rating: LevelOf(level.Key))))
        .OrderByDescending(p => p.Words.Length)];

    private static readonly WordSet Negations = NumberWords.Default.Set("rating-negations");

    private static readonly string[][] Cumulative = [.. NumberWords.Default.List("rating-cumulative").Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    public static List<RatingMention> Find(string text, int start, int end)
    {
        var found = new List<RatingMention>();
        var i = TextScanning.SkipSpaces(text, start);
        while (i < end)
        {
            if (!TextScanning.IsLetter(text[i]) || (i > 0 && TextScanning.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            var match = Phrases.Select(p => (p.Rating, End: Matches(text, i, end, p.Words))).FirstOrDefault(m => m.End > 0);
            // "không hoàn thành tốt nhiệm vụ" is no level: only the last level may be negated, and it says so itself.
            if (match.End > 0 && (match.Rating == Rating.NotCompleted || !Negations.Contains(Preceding(text, i))))
            {
                found.Add(new RatingMention(match.Rating, i, match.End, Cumulative.Any(c => Matches(text, match.End, end, c) > 0)));
                i = match.End;
                continue;
            }

            i = TextScanning.WordEnd(text, i);
        }

        return found;
    }

    private static Rating LevelOf(string key) => key switch
    {
        "excellent" => Rating.Excellent,
        "good" => Rating.Good,
        "completed" => Rating.Completed,
        "not-completed" => Rating.NotCompleted,
        _ => throw new InvalidOperationException($"number-words.yml: unknown rating level '{key}'."),
    };

    /// <summary>Where the phrase ends when its words are written from <paramref name="at"/>, or 0.</summary>
    private static int Matches(string text, int at, int end, string[] words)
    {
        var i = at;
        foreach (var word in words)
        {
            var start = TextScanning.SkipSpaces(text, i);
            var wordEnd = TextScanning.WordEnd(text, start);
            if (wordEnd > end || wordEnd == start || !text.AsSpan(start, wordEnd - start).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }

            i = wordEnd;
        }

        return i;
    }

    private static string Preceding(string text, int position)
    {
        var end = TextScanning.SkipSpacesBackward(text, position);
        var start = TextScanning.WordStart(text, end);
        return text[start..end];
    }
}
