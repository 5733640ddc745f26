using System.Collections.Concurrent;
using ReportLint.Text;

namespace ReportLint.Vietnamese;

/// <summary>
/// How often each syllable, and each pair of syllables with only white space between them, occurs
/// in real news prose: <c>Vietnamese/Lexicon/syllable-bigrams.txt</c>, counted by
/// <c>scripts/build-bigrams</c>. Read the first time a rule asks.
/// </summary>
internal sealed class SyllableBigrams
{
    /// <summary>The id of a syllable the model has never seen.</summary>
    public const int Unknown = -1;

    private const int MaxSyllableLength = 24;

    private static readonly Lazy<SyllableBigrams> Loaded = new(Load);

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ids;
    private readonly int[] _counts;
    private readonly Dictionary<long, int> _pairs;

    // A draft repeats a few thousand distinct syllables: the confusions of each are spelt and
    // looked up once per process, up to a bound, so endless distinct strings cannot exhaust memory.
    private const int ConfusionCacheLimit = 50_000;
    private readonly ConcurrentDictionary<string, (string Spelling, int Id)[]> _confusions = new(StringComparer.Ordinal);

    private SyllableBigrams(Dictionary<string, int> ids, int[] counts, Dictionary<long, int> pairs)
    {
        _ids = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _counts = counts;
        _pairs = pairs;
        Total = counts.Sum(count => (long)count);
    }

    public static SyllableBigrams Shared => Loaded.Value;

    /// <summary>All syllables counted.</summary>
    public long Total { get; }

    /// <summary>The id of a syllable in any case and either tone placement, or <see cref="Unknown"/>.</summary>
    public int IdOf(ReadOnlySpan<char> syllable)
    {
        if (syllable.Length > MaxSyllableLength)
        {
            return Unknown;
        }

        // Most words of a draft are written in lower case with the new placement already.
        if (_ids.TryGetValue(syllable, out var id))
        {
            return id;
        }

        Span<char> lower = stackalloc char[syllable.Length];
        CaseFolding.ToLower(syllable, lower);
        if (_ids.TryGetValue(lower, out id))
        {
            return id;
        }

        // The counts are kept with the new tone placement (hoà, thuỷ).
        return ToneMarkPlacement.Detect(lower) == ToneMarkStyle.Old
            && _ids.TryGetValue(ToneMarkPlacement.Convert(lower.ToString(), ToneMarkStyle.New), out id)
                ? id
                : Unknown;
    }

    /// <summary>
    /// The confusions (<see cref="SyllableConfusions"/>) of a lower-case syllable that the model
    /// knows, new tone placement, with their ids.
    /// </summary>
    public (string Spelling, int Id)[] KnownConfusions(ReadOnlySpan<char> syllable)
    {
        var lookup = _confusions.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(syllable, out var known))
        {
            return known;
        }

        var key = syllable.ToString();
        known = [.. SyllableConfusions.Shared.Of(ToneMarkPlacement.Convert(key, ToneMarkStyle.New))
            .Select(spelling => (spelling, IdOf(spelling)))
            .Where(candidate => candidate.Item2 != Unknown)
            .Distinct()];
        if (_confusions.Count < ConfusionCacheLimit)
        {
            _confusions.TryAdd(key, known);
        }

        return known;
    }

    public int Count(int id) => id == Unknown ? 0 : _counts[id];

    public int PairCount(int first, int second) =>
        first == Unknown || second == Unknown ? 0 : _pairs.GetValueOrDefault(Key(first, second));

    // first · count + second, not first << 32 | second: a long hashes as its two halves xor-ed,
    // which would put every pair of ids with the same xor in one bucket.
    private long Key(int first, int second) => ((long)first * _counts.Length) + second;

    private static SyllableBigrams Load()
    {
        var lines = new List<string[]>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in VietnameseLexicon.Lines("syllable-bigrams.txt"))
        {
            var fields = line.Split('\t');
            ids[fields[0]] = lines.Count;
            lines.Add(fields);
        }

        var counts = new int[lines.Count];
        var pairs = new Dictionary<long, int>();
        for (var id = 0; id < lines.Count; id++)
        {
            var fields = lines[id];
            counts[id] = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            for (var f = 2; f < fields.Length; f++)
            {
                var space = fields[f].IndexOf(' ', StringComparison.Ordinal);
                if (ids.TryGetValue(fields[f][..space], out var next))
                {
                    pairs[((long)id * lines.Count) + next] = int.Parse(fields[f].AsSpan(space + 1), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        return new SyllableBigrams(ids, counts, pairs);
    }
}
