using ReportLint.Numbers.Relations;

namespace ReportLint.Tests.Numbers.Relations;

public class PatternParserTests
{
    [Fact]
    public void Reads_slots_choices_gaps_and_sentence_breaks()
    {
        var elements = PatternParser.Parse("{total} … ,? (gồm|bao gồm) . ~ {part:count+} \\( {percent:percent} \\)");

        Assert.Collection(
            elements,
            e => Assert.Equal(new FigureSlot("total", FigureSlotKind.Any, IsList: false), e),
            e => Assert.Equal(new WordGap(12), e),
            e => Assert.True(e is WordChoice { Optional: true } c && c.FirstWords.Contains(",")),
            e => Assert.Equal(["bao gồm", "gồm"], ((WordChoice)e).Alternatives.Select(a => string.Join(' ', a))),
            e => Assert.IsType<SentenceBreak>(e),
            e => Assert.Equal(new WordGap(4, Tight: true), e),
            e => Assert.Equal(new FigureSlot("part", FigureSlotKind.Count, IsList: true), e),
            e => Assert.Equal("(", Assert.Single(((WordChoice)e).FirstWords)),
            e => Assert.Equal(new FigureSlot("percent", FigureSlotKind.Percent, IsList: false), e),
            e => Assert.Equal(")", Assert.Single(((WordChoice)e).FirstWords)));
    }

    [Fact]
    public void Words_are_compared_lower_case_in_one_tone_style()
    {
        var choice = Assert.IsType<WordChoice>(Assert.Single(PatternParser.Parse("(Hoà|thuỷ)")));
        Assert.Equal(["hòa", "thủy"], choice.FirstWords.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{total:money2}", "unknown figure kind")]
    [InlineData("{total", "'{' without '}'")]
    [InlineData("(gồm|bao gồm", "'(' without ')'")]
    [InlineData("   ", "an empty pattern")]
    public void Says_what_is_wrong_with_a_pattern(string pattern, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => PatternParser.Parse(pattern)).Message, StringComparison.Ordinal);

    [Fact]
    public void The_built_in_grammar_reads_and_every_entry_has_a_required_word_or_starts_with_a_figure() =>
        Assert.All(RelationGrammar.Default.Rules, rule => Assert.True(rule.Required.Count > 0 || rule.Elements[0] is FigureSlot, rule.Source));
}
