using ReportLint.Vietnamese;

namespace ReportLint.Tests.Vietnamese;

public sealed class DiacriticsTests
{
    [Theory]
    [InlineData("Đảng", "Dang")]
    [InlineData("Nghị quyết Trung ương", "Nghi quyet Trung uong")]
    [InlineData("ĂÂÊÔƠƯĐ ăâêôơưđ", "AAEOOUD aaeooud")]
    [InlineData("Đa\u0309ng", "Dang")] // decomposed
    [InlineData("café 2024", "cafe 2024")]
    public void Strips_diacritics(string text, string expected) => Assert.Equal(expected, Diacritics.Strip(text));

    [Theory]
    [InlineData("Đảng", true)]
    [InlineData("đ", true)]
    [InlineData("a\u0300", true)]
    [InlineData("anh tin bai", false)]
    [InlineData("", false)]
    public void Detects_diacritics(string text, bool expected) => Assert.Equal(expected, Diacritics.HasVietnameseDiacritics(text));

    [Theory]
    [InlineData("anh")]
    [InlineData("tin")]
    [InlineData("bai")]
    [InlineData("nguoi")] // người
    [InlineData("viet")] // việt: a stop coda, valid once the tone is back
    [InlineData("duoc")]
    [InlineData("Minh")] // names pass: capitalization is the rule's business
    public void Recognizes_unaccented_vietnamese(string word) => Assert.True(Diacritics.LooksLikeUnaccentedVietnamese(word));

    [Theory]
    [InlineData("online")]
    [InlineData("the")]
    [InlineData("and")]
    [InlineData("to")]
    [InlineData("in")]
    [InlineData("fan")]
    [InlineData("Đảng")]
    [InlineData("bài")]
    [InlineData("COVID19")]
    public void Rejects_english_and_accented_words(string word) => Assert.False(Diacritics.LooksLikeUnaccentedVietnamese(word));

    [Theory]
    [InlineData("anh", true)]
    [InlineData("tin", true)]
    [InlineData("trong", true)]
    [InlineData("cho", true)]
    [InlineData("bai", false)]
    [InlineData("nguoi", false)]
    [InlineData("co", false)]
    public void Knows_which_syllables_are_common_without_marks(string word, bool expected) =>
        Assert.Equal(expected, Diacritics.IsCommonWithoutDiacritics(word));

    [Fact]
    public void Common_plain_syllables_are_valid_as_written()
    {
        var invalid = Diacritics.CommonPlainSyllablesForTests.Where(s => !VietnameseSyllable.IsValid(s)).Order();
        Assert.True(!invalid.Any(), string.Join(" ", invalid));
    }
}
