namespace ReportLint.Numbers;

/// <summary>
/// The words around a number that decide what it means, from number-words.yml. One- and two-word
/// leads are kept as phrases and looked up with spans, so classification allocates nothing.
/// </summary>
internal static class ContextWords
{
    private static readonly NumberWords Words = NumberWords.Default;

    /// <summary>Words before a number that make it a year (<c>năm 2019</c>, <c>nhiệm kỳ 2020</c>).</summary>
    public static readonly WordSet YearLeads = Words.Set("year-leads");

    /// <summary>Words before <c>d/m</c> that make it a date rather than a fraction.</summary>
    public static readonly WordSet DateLeads = Words.Set("date-leads");

    /// <summary>Words before a number that make it a name or a rank: <c>lần thứ 32</c>, <c>Điều 3</c>, <c>Trung ương 4</c>, <c>khóa XII</c>.</summary>
    public static readonly WordSet OrdinalLeads = Words.Set("ordinal-leads");

    /// <summary>Document types whose following number (<c>Chỉ thị 05</c>, <c>Nghị quyết số 22</c>) is a reference.</summary>
    public static readonly WordSet DocumentTypes = Words.Set("document-types");

    public static readonly WordSet PhoneLeads = Words.Set("phone-leads");

    /// <summary>Words that end a unit phrase: verbs and function words that start the predicate.</summary>
    public static readonly WordSet UnitStops = Words.Set("unit-stops");

    public static readonly WordSet RangeJoiners = Words.Set("range-joiners");

    public static readonly WordSet ChangeDirections = Words.Set("change-directions");

    private static readonly Dictionary<string, decimal> Scales = Words.Numbers("scales");

    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup = Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly WordSet ScaleWords = new([.. Scales.Keys]);

    private static readonly (WordSet Words, Exactness Exactness)[] Hedges = HedgesOf(Words.Sets("hedges"));

    public static decimal ScaleOf(ReadOnlySpan<char> word) =>
        ScaleLookup.TryGetValue(word, out var scale) ? scale : 1m;

    /// <summary>Bound words before a number and what they make of it.</summary>
    public static bool TryGetBound(ReadOnlySpan<char> phrase, out Exactness exactness)
    {
        foreach (var (words, kind) in Hedges)
        {
            if (words.Contains(phrase))
            {
                exactness = kind;
                return true;
            }
        }

        exactness = default;
        return false;
    }

    private static (WordSet, Exactness)[] HedgesOf(IReadOnlyDictionary<string, WordSet> sets) =>
    [
        (sets["approximately"], Exactness.Approximately),
        (sets["more-than"], Exactness.MoreThan),
        (sets["at-least"], Exactness.AtLeast),
        (sets["less-than"], Exactness.LessThan),
        (sets["at-most"], Exactness.AtMost),
    ];
}

/// <summary>A set of one- or two-word phrases, looked up by span without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(params string[] phrases)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            set.Add(phrase);
            set.Add(VietnameseToneStyle.ToClassic(phrase));
            set.Add(VietnameseToneStyle.ToModern(phrase));
        }

        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> phrase) => !phrase.IsEmpty && lookup.Contains(phrase);

    /// <summary>True when the last one or two words (<paramref name="second"/> being the nearer) form a phrase of the set.</summary>
    public bool ContainsEither(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Contains(second) || (!first.IsEmpty && !second.IsEmpty && ContainsPair(first, second));

    public bool ContainsPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        Span<char> buffer = stackalloc char[64];
        if (first.Length + second.Length + 1 > buffer.Length)
        {
            return false;
        }

        first.CopyTo(buffer);
        buffer[first.Length] = ' ';
        second.CopyTo(buffer[(first.Length + 1)..]);
        return lookup.Contains(buffer[..(first.Length + second.Length + 1)]);
    }
}
