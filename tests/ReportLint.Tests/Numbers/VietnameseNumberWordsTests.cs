using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Humanizer;
using ReportLint.Numbers;

namespace ReportLint.Tests.Numbers;

public class VietnameseNumberWordsTests
{
    private static readonly CultureInfo Vietnamese = new("vi");

    [Theory]
    [InlineData("không", 0)]
    [InlineData("một", 1)]
    [InlineData("mười", 10)]
    [InlineData("mười một", 11)]
    [InlineData("mười lăm", 15)]
    [InlineData("mười tư", 14)]
    [InlineData("hai mươi", 20)]
    [InlineData("hai mươi mốt", 21)]
    [InlineData("hai mươi một", 21)]
    [InlineData("ba mươi tư", 34)]
    [InlineData("ba mươi lăm", 35)]
    [InlineData("ba mươi nhăm", 35)]
    [InlineData("một trăm", 100)]
    [InlineData("một trăm linh năm", 105)]
    [InlineData("một trăm lẻ năm", 105)]
    [InlineData("một trăm linh tư", 104)]
    [InlineData("một trăm mười", 110)]
    [InlineData("bảy trăm hai mươi lăm", 725)]
    [InlineData("một nghìn", 1000)]
    [InlineData("một ngàn", 1000)]
    [InlineData("một nghìn linh một", 1001)]
    [InlineData("một nghìn không trăm linh một", 1001)]
    [InlineData("một nghìn mười", 1010)]
    [InlineData("một nghìn không trăm mười", 1010)]
    [InlineData("hai nghìn hai mươi tư", 2024)]
    [InlineData("mười lăm nghìn", 15000)]
    [InlineData("một trăm linh một nghìn", 101000)]
    [InlineData("chín trăm chín mươi chín nghìn chín trăm chín mươi chín", 999999)]
    [InlineData("hai triệu ba trăm nghìn", 2300000)]
    [InlineData("Ba Mươi Lăm", 35)]
    public void Parses_numbers_in_words(string words, long expected)
    {
        Assert.True(VietnameseNumberWords.TryParse(words, out var value), words);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("mười năm")] // ten years, never fifteen
    [InlineData("hai mươi năm")]
    [InlineData("một trăm năm")] // a hundred years
    [InlineData("mốt")]
    [InlineData("tư")]
    [InlineData("lăm")]
    [InlineData("linh năm")]
    [InlineData("mươi")]
    [InlineData("một số")]
    public void Refuses_readings_that_would_swallow_a_noun(string words) =>
        Assert.False(VietnameseNumberWords.TryParse(words, out _), words);

    [Fact]
    public void Match_stops_before_the_noun()
    {
        const string text = "mười năm qua";
        Assert.Equal("mười".Length, VietnameseNumberWords.Match(text, 0, out var value));
        Assert.Equal(10, value);
    }

    [Fact]
    public void Humanizer_words_parse_back_for_every_number_below_a_million()
    {
        var numbers = Gen.Choose(0, 999_999).ToArbitrary();
        var property = Prop.ForAll(numbers, n => VietnameseNumberWords.TryParse(n.ToWords(Vietnamese), out var parsed) && parsed == n);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000), property);
    }

    [Fact]
    public void Humanizer_words_parse_back_exhaustively_below_ten_thousand()
    {
        for (var n = 0; n < 10_000; n++)
        {
            var words = n.ToWords(Vietnamese);
            Assert.True(VietnameseNumberWords.TryParse(words, out var parsed) && parsed == n, $"{n}: '{words}' gave {parsed}");
        }
    }
}
