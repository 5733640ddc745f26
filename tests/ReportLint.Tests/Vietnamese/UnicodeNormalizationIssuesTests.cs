using FsCheck;
using FsCheck.Fluent;
using ReportLint.Vietnamese;

namespace ReportLint.Tests.Vietnamese;

public sealed class UnicodeNormalizationIssuesTests
{
    [Fact]
    public void Finds_decomposed_letters_with_their_composed_form()
    {
        var issue = Assert.Single(UnicodeNormalizationIssues.Find("xây dựng Đa\u0309ng vững mạnh"));
        Assert.Equal((10, 2, NormalizationIssueKind.Decomposed, "ả"), (issue.Start, issue.Length, issue.Kind, issue.Replacement));
    }

    [Fact]
    public void Finds_a_letter_with_two_stacked_marks()
    {
        // ệ written as e + circumflex + dot below.
        var issue = Assert.Single(UnicodeNormalizationIssues.Find("vie\u0302\u0323c"));
        Assert.Equal((2, 3, "ệ"), (issue.Start, issue.Length, issue.Replacement));
    }

    [Theory]
    [InlineData("Đảng\u200Bviên", NormalizationIssueKind.ZeroWidth, 4)]
    [InlineData("Đảng\u200Dviên", NormalizationIssueKind.ZeroWidth, 4)]
    [InlineData("Đảng\uFEFFviên", NormalizationIssueKind.ZeroWidth, 4)]
    [InlineData("chính\u00ADtrị", NormalizationIssueKind.SoftHyphen, 5)]
    internal void Finds_invisible_characters(string text, NormalizationIssueKind kind, int at)
    {
        var issue = Assert.Single(UnicodeNormalizationIssues.Find(text));
        Assert.Equal((at, 1, kind, ""), (issue.Start, issue.Length, issue.Kind, issue.Replacement));
    }

    [Theory]
    [InlineData("năm 2020,\u00A0 Đảng ủy", 9, 2)] // seed 001
    [InlineData("hệ thống \u00A0Chính trị", 8, 2)]
    [InlineData("Thứ năm,\u00A0 \u00A009/12/2021", 8, 3)]
    public void Finds_a_no_break_space_beside_a_space(string text, int start, int length)
    {
        var issue = Assert.Single(UnicodeNormalizationIssues.Find(text));
        Assert.Equal((start, length, NormalizationIssueKind.NoBreakSpaceBesideSpace, " "), (issue.Start, issue.Length, issue.Kind, issue.Replacement));
    }

    [Theory]
    [InlineData("\uFEFFĐảng ủy")] // a byte-order mark at the start
    [InlineData("\u00A0\nĐảng ủy")] // a line holding only a no-break space
    [InlineData("Đảng ủy. \u00A0\nTiếp")] // at the end of a paragraph
    [InlineData("10\u00A0000 người")] // a no-break space alone is fine
    [InlineData("Đảng ủy Khối")]
    [InlineData("a\uD800\u0301 b")] // a lone surrogate before a mark (a damaged file): nothing to compose, no exception
    public void Stays_silent_on_harmless_text(string text) => Assert.Empty(UnicodeNormalizationIssues.Find(text));

    [SeedFact]
    public void Finds_the_double_spaces_of_the_seeds()
    {
        var found = SharedTexts.Files(SharedTexts.SeedFolder, "*.txt")
            .SelectMany(file => UnicodeNormalizationIssues.Find(File.ReadAllText(file)))
            .Where(issue => issue.Kind == NormalizationIssueKind.NoBreakSpaceBesideSpace)
            .ToArray();
        // 001: "năm 2020, Đảng ủy", "năm 2019, 9 đảng viên"; 002: "hệ thống  Chính trị"; 003: "Thứ năm,  09/12/2021".
        Assert.Equal(4, found.Length);
    }

    [Fact]
    public void Text_without_a_suspect_character_has_no_issue()
    {
        // Characters near every range the prefilter searches, so that a gap in it would show.
        var characters = Gen.Elements(
            'a', 'ả', 'Đ', ' ', '\u00A0', '\u00AD', '\u00AC', '\u00AE', '\u02FF', '\u0300', '\u0309', '\u036F', '\u0370',
            '\u200A', '\u200B', '\u200C', '\u200D', '\u200E', '\uFEFF', '\uFEFE', '\uD83D', '\uDE00');
        var property = Prop.ForAll(characters.ArrayOf().Select(c => new string(c)).ToArbitrary(), text =>
            UnicodeNormalizationIssues.MayHaveIssues(text) || UnicodeNormalizationIssues.Find(text).Count == 0);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), property);
    }
}
