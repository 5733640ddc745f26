using System.Text.RegularExpressions;
using ReportLint.Documents;
using ReportLint.Documents.Word;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Word;

/// <summary>
/// Word drafts written by real producers (LibreOffice, pandoc, python-docx) and by hand for what
/// they do not write, made by Fixtures/zoo/make-zoo, which also keeps LibreOffice's own plain-text
/// export of each as the oracle (oracle/NAME.txt).
/// </summary>
public partial class WordProducerZooTests
{
    private static string Zoo => Path.Combine(TestPaths.ProjectDirectory, "Word", "Fixtures", "zoo");

    public static TheoryData<string> Documents => [.. Directory.GetFiles(Zoo, "*.docx").Select(path => Path.GetFileNameWithoutExtension(path)).Order()];

    /// <summary>All three write <c>w:tblHeader w:val="true"</c>, which the schema's on/off-only type does not list.</summary>
    [Theory]
    [InlineData("libreoffice-header-table.docx")]
    [InlineData("pandoc-header-table.docx")]
    [InlineData("python-docx-header-table.docx")]
    public void Header_row_tables_of_every_producer_read_with_their_header_row(string file)
    {
        var draft = DraftLoader.Load(Path.Combine(Zoo, file));

        var table = Assert.Single(draft.Tables);
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(["Tỉnh", "Số ca"], table.Rows[0].Select(cell => cell.Prose.Text));
        Assert.Equal(["Hà Nội", "1.250"], table.Rows[1].Select(cell => cell.Prose.Text));
        Assert.Contains(draft.Blocks, block => block.Kind == BlockKind.Heading && block.Prose.Text == "Báo cáo tình hình dịch bệnh");
    }

    /// <summary>
    /// Every word LibreOffice shows is read, in the same order. ReportLint reads more (headers,
    /// footers, notes, text boxes, imported HTML and equations, which LibreOffice's text export
    /// leaves out), and no list labels or note reference marks, which it leaves in.
    /// </summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_word_libreoffice_shows_is_read_in_order(string name)
    {
        var oracle = File.ReadAllText(Path.Combine(Zoo, "oracle", name + ".txt"));
        foreach (var absent in NeverShown)
        {
            oracle = oracle.Replace(absent, " ", StringComparison.Ordinal);
        }

        var expected = Words(NoteMark().Replace(ListLabel().Replace(oracle, string.Empty), string.Empty));
        var read = Words(new WordDocumentReader().Read(Path.Combine(Zoo, name + ".docx")).Text);

        var next = 0;
        foreach (var word in expected)
        {
            var found = read.IndexOf(word, next);
            Assert.True(found >= 0, $"“{word}” (after “{string.Join(' ', read.Take(next).TakeLast(5))}”) is not read");
            next = found + 1;
        }
    }

    [Fact]
    public void What_word_does_not_show_is_not_read_and_what_libreoffice_leaves_out_is()
    {
        var text = new WordDocumentReader().Read(Path.Combine(Zoo, "handwritten.docx")).Text;

        Assert.All(NeverShown, absent => Assert.DoesNotContain(absent, text, StringComparison.Ordinal));
        Assert.All(
            ["Đoạn nhúng từ HTML.", "Chữ 漢字 là chữ Hán.", "Công thức a+b=c đúng.", "Chữ trong hộp văn bản.", "Chú thích ở cuối trang.", "Đầu trang viết tay", "Doanh thu tăng mạnh."],
            shown => Assert.Contains(shown, text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_zoo_document_is_checked_without_a_tool_diagnostic(string name)
    {
        var result = Lint.Draft(DraftLoader.Load(Path.Combine(Zoo, name + ".docx")));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("RL9", StringComparison.Ordinal));
    }

    /// <summary>
    /// A decree's layout (signature block aligned with spaces, dotted leaders, the same letterhead in
    /// each model form's text box) is not prose: no doubled space, punctuation or paragraph is
    /// reported, and the blanks left to fill in are, once per paragraph, outside the model forms.
    /// </summary>
    [Fact]
    public void Layout_of_an_administrative_document_is_not_reported_as_typos()
    {
        var draft = DraftLoader.Load(Path.Combine(Zoo, "generated-decree.docx"));
        var result = Lint.Draft(draft);

        Assert.Equal(3, draft.Blocks.Count(block => block.IsPlaced && block.Prose.Text == "Độc lập - Tự do - Hạnh phúc"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "RL2006" or "RL2008");
        var doubledSpace = Assert.Single(result.Diagnostics, d => d.Id == "RL2002");
        Assert.StartsWith("(Kèm theo Nghị định số  ....", draft.Text.Lines.GetLineFromPosition(doubledSpace.Location.SourceSpan.Start).ToString(), StringComparison.Ordinal);

        var blanks = result.Diagnostics.Where(d => d.Id == "RL2011").Select(d => draft.Blocks.Single(b => b.Span.Contains(d.Location.SourceSpan.Start))).ToList();
        Assert.Equal(9, blanks.Count);
        Assert.All(blanks, block => Assert.False(block.IsPlaced));
        Assert.Equal(blanks.Count, blanks.Distinct().Count());
    }

    [Fact]
    public void Dotted_leaders_of_an_official_form_are_blanks_not_doubled_punctuation()
    {
        var result = Lint.Draft(DraftLoader.Load(Path.Combine(Zoo, "admin-to-khai-can-cuoc.docx")));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "RL2006" or "RL2010");
        Assert.Contains(result.Diagnostics, d => d.Id == "RL2011");
    }

    /// <summary>In handwritten.docx: a tracked deletion, a field code, a comment, a ruby annotation, imported HTML's title.</summary>
    private static readonly string[] NeverShown = ["XÓABỎ", "MÃTRƯỜNG", "BÌNHLUẬN", "ルビ", "ẨNTIÊUĐỀ"];

    // A soft hyphen inside a word ("Thông t\u00ADư") is shown only where the line breaks.
    private static List<string> Words(string text) => [.. Word().Matches(text.Replace("\u00AD", string.Empty, StringComparison.Ordinal)).Select(m => m.Value)];

    [GeneratedRegex(@"[\p{L}\p{M}]+|\p{N}+")]
    private static partial Regex Word();

    // LibreOffice writes list labels ("•", "1.", "a)", "II.", a form's "[10.1] .") as text at the start of the line.
    [GeneratedRegex(@"^\s*(•|\p{N}+[.)]|\p{L}[.)]|[IVX]+\.|\[[\p{N}.]+\p{L}?\] ?\.?)\s+", RegexOptions.Multiline)]
    private static partial Regex ListLabel();

    // And note reference marks as digits glued to the word, or the word's punctuation, before them ("thích1", "trước.1").
    [GeneratedRegex(@"(?<=\p{L}[.,;:)]?)\p{N}+")]
    private static partial Regex NoteMark();
}
