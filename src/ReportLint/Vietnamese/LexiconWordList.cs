using System.Collections.Frozen;

namespace ReportLint.Vietnamese;

/// <summary>
/// A list of single words from an embedded data file of <c>Vietnamese/Lexicon/</c>, lower case,
/// read the first time a rule asks.
/// </summary>
internal sealed class LexiconWordList
{
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _words;

    private LexiconWordList(string file, Func<string, string> key) =>
        _words = new(() => VietnameseLexicon.Entries(file).Select(key).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>
    /// Loanwords written the Vietnamese way (<c>ê-kíp</c>, <c>mô-tô</c>, <c>đô-la</c>), kept without
    /// their hyphens: a draft writes <c>êkíp</c> as often as <c>ê-kíp</c>.
    /// </summary>
    public static LexiconWordList Loanwords { get; } = new("loanwords.txt", entry => entry.Replace("-", "", StringComparison.Ordinal));

    /// <summary>Family and middle names (<c>nguyễn</c>, <c>thị</c>, <c>vũ</c>).</summary>
    public static LexiconWordList NameSyllables { get; } = new("name-syllables.txt", entry => entry);

    /// <summary>True when the word, lower case (and for loanwords without hyphens), is listed.</summary>
    public bool Contains(ReadOnlySpan<char> lower) => _words.Value.Contains(lower);
}
