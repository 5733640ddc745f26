using System.Collections.Frozen;

namespace ReportLint.Vietnamese;

/// <summary>
/// Loanwords written the Vietnamese way (<c>ê-kíp</c>, <c>mô-tô</c>, <c>đô-la</c>) from the embedded
/// data file <c>Vietnamese/Lexicon/loanwords.txt</c>, kept without their hyphens: a draft writes
/// <c>êkíp</c> as often as <c>ê-kíp</c>. Read the first time a rule asks.
/// </summary>
internal static class VietnameseLoanwords
{
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Words = new(() =>
        VietnameseLexicon.Entries("loanwords.txt").Select(entry => entry.Replace("-", "", StringComparison.Ordinal))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>True when the word, lower case and without hyphens, is a listed loanword.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerWithoutHyphens) => Words.Value.Contains(lowerWithoutHyphens);
}
