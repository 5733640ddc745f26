using ReportLint.Text;

namespace ReportLint.Tests.Text;

public sealed class SentenceSegmenterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return [.. SentenceSegmenter.Segment(text, tokens).Select(s => text.Substring(s.Start, s.Length))];
    }

    [Theory]
    [InlineData("Đoàn công tác đến TP. Hồ Chí Minh ngày 16/1/2020. Sau đó về Hà Nội.", 2)]
    [InlineData("Bài do Th. S Nguyễn Văn A viết. Số liệu đến 17:40.", 2)]
    [InlineData("Đảng bộ có 4.014 đảng viên. Tỷ lệ đạt 117,3%.", 2)]
    [InlineData("Thực hiện Nghị quyết số 22-NQ/TW. Kết quả tốt.", 2)]
    [InlineData("Các mặt còn hạn chế... nhưng đã cải thiện. Năm tới sẽ tốt hơn.", 2)]
    [InlineData("Anh nói: “Phải làm ngay.” Mọi người đồng ý.", 2)]
    [InlineData("Kết quả khả quan.../.", 1)]
    [InlineData("Ông N. Minh phát biểu. Bà Lan tán thành!", 2)]
    [InlineData("Có thật không? Có.", 2)]
    public void Sentence_boundaries_survive_abbreviations_numbers_dates_and_references(string text, int count)
    {
        Assert.Equal(count, Sentences(text).Length);
    }

    [Fact]
    public void Sentences_keep_their_closing_quote()
    {
        Assert.Equal(["Anh nói: “Phải làm ngay.”", "Mọi người đồng ý."], Sentences("Anh nói: “Phải làm ngay.” Mọi người đồng ý."));
    }

    [Fact]
    public void Numbers_keep_their_grouping_and_decimal_marks()
    {
        const string text = "Có 4.014 người, đạt 85,2% (86/101) lúc 17:40.";
        var numbers = Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Number).Select(t => text.Substring(t.Start, t.Length));
        Assert.Equal(["4.014", "85,2", "86", "101", "17", "40"], numbers);
    }
}
