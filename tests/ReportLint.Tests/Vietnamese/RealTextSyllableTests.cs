using ReportLint.Vietnamese;
using Xunit.Abstractions;

namespace ReportLint.Tests.Vietnamese;

/// <summary>The validator must not raise false alarms on real published Vietnamese text.</summary>
public sealed class RealTextSyllableTests(ITestOutputHelper output)
{
    [SeedFact]
    public void Every_lower_case_word_of_the_seeds_is_a_valid_syllable()
    {
        var invalid = SharedTexts.Files(SharedTexts.SeedFolder, "*.txt")
            .SelectMany(file => SharedTexts.LowerCaseWords(File.ReadAllText(file)))
            .Where(word => !VietnameseSyllable.IsValid(word) && word != "online") // "(LĐ online)", a site name
            .Distinct()
            .ToArray();

        Assert.True(invalid.Length == 0, "invalid: " + string.Join(" ", invalid));
    }

    [CorpusFact]
    public void Invalid_lower_case_syllables_of_the_news_corpus_are_rare()
    {
        var words = SharedTexts.Files(SharedTexts.CorpusFolder, "*.md")
            .SelectMany(file => SharedTexts.LowerCaseWords(File.ReadAllText(file)))
            .ToArray();
        var invalid = words.Where(word => !VietnameseSyllable.IsValid(word))
            .CountBy(word => word)
            .OrderByDescending(pair => pair.Value)
            .ToArray();

        output.WriteLine($"{words.Length} lower-case words, {words.Distinct().Count()} distinct; "
            + $"{invalid.Sum(pair => pair.Value)} invalid occurrences, {invalid.Length} distinct invalid.");
        output.WriteLine("top: " + string.Join(", ", invalid.Take(40).Select(pair => $"{pair.Key} {pair.Value}")));
        output.WriteLine("all: " + string.Join(" ", invalid.Select(pair => pair.Key)));
        // The fast path (a set of every spelling the parser accepts) must agree with the parser.
        Assert.All(words.Distinct(), word => Assert.Equal(VietnameseSyllable.TryParse(word, out _), VietnameseSyllable.IsValid(word)));
        Assert.True(invalid.Length < 400, $"{invalid.Length} distinct invalid words");
    }
}
