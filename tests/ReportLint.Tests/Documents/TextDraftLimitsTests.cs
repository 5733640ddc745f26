using Microsoft.CodeAnalysis.Text;
using ReportLint.Documents;

namespace ReportLint.Tests.Documents;

/// <summary>The text-draft limits of docs/limits.md: each refused input names its limit, quickly.</summary>
public class TextDraftLimitsTests
{
    private static DraftReadException Refusal(string text, string path = "bai.md") =>
        Assert.Throws<DraftReadException>(() => DraftLoader.FromText(path, SourceText.From(text)));

    [Theory]
    [InlineData(128, '>')]
    [InlineData(64, '-')]
    public void Markdown_nested_beyond_the_limit_is_refused_naming_it(int depth, char marker)
    {
        var refusal = Refusal(string.Concat(Enumerable.Repeat(marker + " ", depth)) + "Hôm nay trời đẹp.\n");

        Assert.Equal((DraftReadProblem.NestedTooDeeply, "128"), (refusal.Problem, refusal.Detail));
    }

    [Fact]
    public void Markdown_nested_within_the_limit_is_read()
    {
        var draft = DraftLoader.FromText("bai.md", SourceText.From(new string('>', 100) + " Hôm nay trời đẹp.\n"));

        Assert.Equal("Hôm nay trời đẹp.", Assert.Single(draft.Blocks).Prose.Text);
    }

    [Fact]
    public void Fifty_thousand_brackets_are_refused()
    {
        // How long the refusal takes is measured by scripts/pathological, not asserted on a shared machine.
        var refusal = Refusal(new string('[', 50_000) + "\n");

        Assert.Equal(DraftReadProblem.NestedTooDeeply, refusal.Problem);
    }

    /// <summary>Markdig allows 10,240 nested inline levels; the reader walks them without recursing.</summary>
    [Fact]
    public void Deeply_nested_emphasis_within_markdigs_limit_reads_without_overflowing_the_stack()
    {
        const int depth = 5_000;
        var text = new string('*', depth) + "chữ" + new string('*', depth) + " và *a*\n";

        // A small stack, such as a thread pool thread may have, must be enough.
        Draft? draft = null;
        var reader = new Thread(() => draft = DraftLoader.FromText("bai.md", SourceText.From(text)), maxStackSize: 256 * 1024);
        reader.Start();
        reader.Join();

        Assert.Equal("chữ và a", Assert.Single(draft!.Blocks).Prose.Text);
    }

    [Fact]
    public void A_text_draft_beyond_four_megabytes_is_refused_naming_the_limit()
    {
        var refusal = Refusal(new string('a', TextDraftLimits.MaxBytes + 1), "bai.txt");

        Assert.Equal((DraftReadProblem.TextTooLarge, "4"), (refusal.Problem, refusal.Detail));
    }

    [Theory]
    [InlineData("bai.txt")]
    [InlineData("bai.md")]
    public void A_draft_of_more_than_fifty_thousand_lines_is_refused_naming_the_limit(string path)
    {
        var refusal = Refusal(string.Concat(Enumerable.Repeat("a\n", TextDraftLimits.MaxParagraphs)) + "a", path);

        Assert.Equal((DraftReadProblem.TooManyParagraphs, "50000"), (refusal.Problem, refusal.Detail));
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\uFFFF")]
    [InlineData("\uFDD0")]
    [InlineData("\U0001FFFE")]
    public void Characters_unicode_cannot_normalize_read_as_replacement_characters(string character)
    {
        var draft = DraftLoader.FromText("bai.md", SourceText.From($"Hoa\u0300 {character} bình\n"));

        // The decomposed à makes the prose go through normalization.
        Assert.Matches("^Ho\u00E0 (\uFFFD|\uFDD0|\U0001FFFE) bình$", Assert.Single(draft.Blocks).Prose.Text);
    }
}
