using System.Globalization;
using System.Text.RegularExpressions;
using ReportLint.Rules.Vietnamese;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Rules.Orthography;

public sealed class TermDictionaryTests
{
    private static readonly TermDictionary Default = TermDictionary.For(Lint.Loader.Defaults.OptionsOf(RL3006InstitutionalNameSpelling.Id), "terms");

    [Fact]
    public void The_anchor_sketch_lets_every_first_and_last_word_through_in_any_case()
    {
        var vietnamese = CultureInfo.GetCultureInfo("vi");
        var anchors = Default.Terms.SelectMany(term => new[] { term.Words[0], term.Words[^1] }).Distinct().ToList();
        Assert.NotEmpty(anchors);
        foreach (var anchor in anchors)
        {
            foreach (var written in new[] { anchor, anchor.ToLower(vietnamese), anchor.ToUpper(vietnamese), vietnamese.TextInfo.ToTitleCase(anchor) })
            {
                Assert.True(Default.MayBeAnchor(written), written);
            }
        }
    }

    [Fact]
    public void On_the_seeds_the_anchor_sketch_turns_away_most_words_and_never_an_anchor()
    {
        var words = Directory.GetFiles(TestPaths.Seeds, "*.txt")
            .SelectMany(path => Regex.Matches(File.ReadAllText(path).Normalize(), @"\w+").Select(m => m.Value))
            .ToList();
        var anchors = words.Count(word => !Default.TermsWith(word).IsEmpty);
        var passed = words.Count(word => Default.MayBeAnchor(word));

        Assert.All(words.Where(word => !Default.TermsWith(word).IsEmpty), word => Assert.True(Default.MayBeAnchor(word), word));
        // Party news is dense with anchors (Đảng, bộ, ủy: a fifth of the words); of the others, at
        // most a quarter may slip through to the lookup.
        Assert.InRange(anchors, 50, passed);
        Assert.InRange(passed - anchors, 0, (words.Count - anchors) / 4);
    }
}
