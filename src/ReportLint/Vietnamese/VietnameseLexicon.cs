using System.Buffers;
using System.Text;
using ReportLint.Text;

namespace ReportLint.Vietnamese;

/// <summary>
/// Two-syllable words and free syllables (those that nearly always stand alone: <c>của</c>,
/// <c>đã</c>) counted from real news prose by <c>scripts/build-lexicon</c>. The lists are embedded
/// text files a rule author can read and extend (<c>Vietnamese/Lexicon/*.txt</c>); they are read
/// the first time a rule asks, so a draft with nothing to look up never pays for them.
/// </summary>
internal sealed class VietnameseLexicon
{
    // Longer than any Vietnamese syllable: a "word" this long is no entry, and the lookup key of
    // two syllables stays on the stack.
    private const int MaxSyllableLength = 24;

    private static readonly Lazy<VietnameseLexicon> Loaded = new(Load);

    // Only a syllable with a tone mark on the a, e or y of oa, oe, uy has another placement: the
    // other entries skip the syllable parser, which made up most of the load.
    private static readonly SearchValues<char> NewPlacementMarks = SearchValues.Create("àáảãạèéẻẽẹỳýỷỹỵ");

    // HashSets, not FrozenSets: freezing the 9,000 entries cost more than reading them, on the
    // start of every process, and the lookups are no faster for it.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _free;

    private VietnameseLexicon(HashSet<string> words, HashSet<string> free)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _free = free.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static VietnameseLexicon Shared => Loaded.Value;

    /// <summary>True when the two syllables, in any case and either tone placement, make a listed word.</summary>
    public bool IsWord(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length > MaxSyllableLength || second.Length > MaxSyllableLength)
        {
            return false;
        }

        Span<char> key = stackalloc char[first.Length + 1 + second.Length];
        CaseFolding.ToLower(first, key[..first.Length]);
        key[first.Length] = ' ';
        CaseFolding.ToLower(second, key[(first.Length + 1)..]);
        return _words.Contains(key);
    }

    /// <summary>True when the syllable, in any case and either tone placement, nearly always stands alone as a word.</summary>
    public bool IsFree(ReadOnlySpan<char> syllable)
    {
        if (syllable.Length > MaxSyllableLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[syllable.Length];
        CaseFolding.ToLower(syllable, lower);
        return _free.Contains(lower);
    }

    private static VietnameseLexicon Load() =>
        new(new HashSet<string>(Entries("word-pairs.txt").SelectMany(BothPlacements), StringComparer.Ordinal),
            new HashSet<string>(Entries("free-syllables.txt").SelectMany(BothPlacements), StringComparer.Ordinal));

    /// <summary>The entries of an embedded lexicon file, lower case: the text before a tab (a word's count follows it); '#' starts a comment line.</summary>
    internal static IEnumerable<string> Entries(string file) => Rows(file).Select(row => row[0]);

    /// <summary>The lines of an embedded lexicon file as their tab-separated fields, lower case unless told; '#' starts a comment line.</summary>
    internal static IEnumerable<string[]> Rows(string file, bool lowerCase = true) =>
        Lines(file).Select(line => (lowerCase ? line.ToLowerInvariant() : line).Split('\t', StringSplitOptions.TrimEntries)).Where(fields => fields[0].Length > 0);

    /// <summary>The lines of an embedded lexicon file but blank and comment ('#') lines, NFC.</summary>
    internal static IEnumerable<string> Lines(string file)
    {
        using var stream = typeof(VietnameseLexicon).Assembly.GetManifestResourceStream($"ReportLint.Vietnamese.Lexicon.{file}")
            ?? throw new InvalidOperationException($"The lexicon file {file} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line) && line.TrimStart()[0] != '#')
            {
                yield return line.Normalize(NormalizationForm.FormC);
            }
        }
    }

    // The lists are written with the new tone placement (hoà, thuỷ); drafts use both.
    private static IEnumerable<string> BothPlacements(string entry)
    {
        yield return entry;
        if (!entry.AsSpan().ContainsAny(NewPlacementMarks))
        {
            yield break;
        }

        var old = string.Join(' ', entry.Split(' ').Select(syllable => ToneMarkPlacement.Convert(syllable, ToneMarkStyle.Old)));
        if (old != entry)
        {
            yield return old;
        }
    }
}
