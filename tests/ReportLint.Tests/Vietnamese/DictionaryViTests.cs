using ReportLint.Vietnamese;
using Xunit.Abstractions;

namespace ReportLint.Tests.Vietnamese;

public sealed class DictionaryViTests(ITestOutputHelper output)
{
    [DictionaryViFact]
    public void Every_lower_case_syllable_of_dictionary_vi_is_valid()
    {
        var words = DictionaryVi.Words!;
        // The list holds 26 capitalized entries (ABC, HĐND, Nguyễn, Telex...): acronyms and names, out of scope.
        var capitalized = words.Where(w => w != w.ToLowerInvariant()).ToArray();
        var syllables = words.Except(capitalized).Select(w => w.Normalize()).Distinct().ToArray();
        var invalid = syllables.Where(s => !VietnameseSyllable.IsValid(s) && !KnownForeign.Contains(s)).ToArray();

        output.WriteLine($"{words.Length} entries; {capitalized.Length} capitalized excluded ({string.Join(", ", capitalized)}); "
            + $"{KnownForeign.Count} foreign excluded ({string.Join(", ", KnownForeign)}); {syllables.Length - KnownForeign.Count} checked.");
        Assert.True(invalid.Length == 0, $"{invalid.Length} invalid: {string.Join(" ", invalid)}");
        Assert.All(words, word => Assert.Equal(VietnameseSyllable.TryParse(word, out _), VietnameseSyllable.IsValid(word)));
    }

    // Lower-case entries that are not native syllables: foreign words (email, web, tout), loan
    // syllables spelled against native phonotactics (gen, ka, a-xit with a toneless stop), whole
    // loanwords (tivi, palăng, basoi), a lone letter, and gỵa, which no dictionary of Vietnamese has.
    private static readonly HashSet<string> KnownForeign =
    [
        "basoi", "email", "gen", "gip", "gram", "gỵa", "internet", "intranet", "ka", "palăng",
        "ping", "têt", "tivi", "tout", "v", "web", "xit",
    ];
}
