using ReportLint.Vietnamese;

namespace ReportLint.Tests.Vietnamese;

public sealed class VietnameseLexiconTests
{
    [Theory]
    [InlineData("hành", "vi")]
    [InlineData("Hành", "VI")]
    [InlineData("thuỷ", "điện")] // as the list writes it
    [InlineData("thủy", "điện")] // old tone placement
    [InlineData("có", "thể")]
    public void Knows_two_syllable_words_in_any_case_and_tone_placement(string first, string second) =>
        Assert.True(VietnameseLexicon.Shared.IsWord(first, second));

    [Theory]
    [InlineData("vàng", "hôm")] // frequent only inside "giá vàng hôm nay"
    [InlineData("vi", "hành")] // the order matters
    [InlineData("hành", "vi phạm")]
    [InlineData("hànhhànhhànhhànhhànhhành", "vi")] // longer than any syllable
    public void Turns_away_pairs_that_are_not_words(string first, string second) =>
        Assert.False(VietnameseLexicon.Shared.IsWord(first, second));

    [Theory]
    [InlineData("của", true)]
    [InlineData("Đã", true)]
    [InlineData("phạm", false)]
    [InlineData("vi", false)]
    public void Knows_the_syllables_that_stand_alone(string syllable, bool free) =>
        Assert.Equal(free, VietnameseLexicon.Shared.IsFree(syllable));
}
