using System.Collections.Frozen;

namespace ReportLint.Vietnamese;

/// <summary>
/// Short words that real prose never leaves without their marks (<c>va</c> for <c>và</c>,
/// <c>cua</c> for <c>của</c>), from the embedded <c>Vietnamese/Lexicon/unmarked-words.txt</c>,
/// with the neighbours next to which the bare form is a word of its own (<c>va chạm</c>).
/// </summary>
internal sealed class UnmarkedWords
{
    private static readonly Lazy<UnmarkedWords> Loaded = new(() => new UnmarkedWords(VietnameseLexicon.Rows("unmarked-words.txt")));

    private readonly FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _entries;

    private UnmarkedWords(IEnumerable<string[]> rows) =>
        _entries = rows.ToFrozenDictionary(
            row => row[0],
            row => new Entry(
                row.Length > 1 ? row[1].Split('/') : [],
                (row.Length > 2 ? row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : []).ToFrozenSet(StringComparer.Ordinal)),
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static UnmarkedWords Shared => Loaded.Value;

    /// <summary>The marked words a bare lower-case form stands for, or null when it is not listed.</summary>
    public Entry? Find(ReadOnlySpan<char> bare) => _entries.TryGetValue(bare, out var entry) ? entry : null;

    /// <param name="Intended">The marked words the bare form may stand for: one when the fix is certain.</param>
    /// <param name="WordWith">Neighbours, lower case, next to which the bare form is a word itself.</param>
    internal sealed record Entry(string[] Intended, FrozenSet<string> WordWith)
    {
        public bool IsWordWith(ReadOnlySpan<char> neighbour)
        {
            Span<char> lower = stackalloc char[Math.Min(neighbour.Length, 32)];
            return neighbour.Length <= 32
                && WordWith.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..Text.CaseFolding.ToLower(neighbour, lower)]);
        }
    }
}
