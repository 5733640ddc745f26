using Microsoft.CodeAnalysis.Text;
using ReportLint.Documents;

namespace ReportLint.Tests.Documents;

public sealed class MarkdownDraftReaderTests
{
    private static Draft Read(string markdown) => DraftLoader.FromText("draft.md", SourceText.From(markdown));

    [Fact]
    public void Prose_drops_markup_and_maps_every_character_back_to_the_source()
    {
        var source = "Đảng bộ có **65 tổ chức** cơ sở *đảng*.";
        var block = Assert.Single(Read(source).Blocks);

        Assert.Equal("Đảng bộ có 65 tổ chức cơ sở đảng.", block.Prose.Text);
        var at = block.Prose.Text.IndexOf("65", StringComparison.Ordinal);
        Assert.Equal("65 tổ chức", source.Substring(block.Prose.ToSource(at, 10).Start, block.Prose.ToSource(at, 10).Length));
    }

    [Fact]
    public void Code_html_urls_link_destinations_and_front_matter_are_not_prose()
    {
        var source = "---\ntitle: các các\n---\n\nXem `các các` tại [trang này](http://x.vn/các-các) hoặc https://y.vn/a <b>x</b>.\n\n```\ncác các\n```\n\n<div>các các</div>\n";
        var draft = Read(source);
        var block = Assert.Single(draft.Blocks);

        Assert.Equal("Xem \uFFFC tại trang này hoặc \uFFFC \uFFFCx\uFFFC.", block.Prose.Text);
        Assert.Contains(draft.IgnoredSpans, s => source.Substring(s.Start, s.Length) == "http://x.vn/các-các");
        Assert.Contains(draft.IgnoredSpans, s => source.Substring(s.Start, s.Length).StartsWith("---", StringComparison.Ordinal));
        Assert.Contains(draft.IgnoredSpans, s => source.Substring(s.Start, s.Length).StartsWith("```", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_list_items_and_table_cells_are_blocks_with_their_kind()
    {
        var draft = Read("# Tiêu đề\n\n- mục một\n- mục hai\n\n| Đơn vị | Số |\n|---|---:|\n| Xã A | 12 |\n| Tổng | 12 |\n");

        Assert.Equal(BlockKind.Heading, draft.Blocks[0].Kind);
        Assert.Equal(1, draft.Blocks[0].HeadingLevel);
        Assert.Equal([BlockKind.ListItem, BlockKind.ListItem], draft.Blocks.Skip(1).Take(2).Select(b => b.Kind));
        var table = Assert.Single(draft.Tables);
        Assert.Equal(3, table.Rows.Length);
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal("Tổng", table.Rows[2][0].Prose.Text);
        Assert.Equal(new TableCellPosition(0, 2, 1, false), table.Rows[2][1].Cell);
    }

    [Fact]
    public void Escapes_and_entities_map_to_the_characters_they_stand_for()
    {
        var source = "Giá 5\\* sao&nbsp;và \\_x";
        var block = Assert.Single(Read(source).Blocks);
        Assert.Equal("Giá 5* sao\u00A0và _x", block.Prose.Text);
        var star = block.Prose.Text.IndexOf('*', StringComparison.Ordinal);
        Assert.Equal('*', source[block.Prose.ToSource(star, 1).Start]);
        var nbsp = block.Prose.Text.IndexOf('\u00A0', StringComparison.Ordinal);
        Assert.Equal("&nbsp;", source.Substring(block.Prose.ToSource(nbsp, 1).Start, block.Prose.ToSource(nbsp, 1).Length));
    }

    [Fact]
    public void Decomposed_text_is_matched_as_nfc_and_reported_on_the_original_characters()
    {
        var nfd = "Đảng ủy".Normalize(System.Text.NormalizationForm.FormD);
        var block = Assert.Single(Read(nfd).Blocks);
        Assert.Equal("Đảng ủy", block.Prose.Text);
        var span = block.Prose.ToSource(5, 2);
        Assert.Equal("ủy".Normalize(System.Text.NormalizationForm.FormD), nfd.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Suppression_comments_are_collected_with_their_rule_ids()
    {
        var draft = Read("<!-- reportlint-disable RL2001, RL2002 -->\n\nA <!-- reportlint-disable-next-line -->\n\n<!-- REPORTLINT-ENABLE -->\n");
        Assert.Equal(
            [SuppressionKind.Disable, SuppressionKind.DisableNextLine, SuppressionKind.Enable],
            draft.Suppressions.Select(s => s.Kind));
        Assert.Equal(["RL2001", "RL2002"], draft.Suppressions[0].RuleIds.ToArray());
        Assert.Empty(draft.Suppressions[1].RuleIds);
    }
}
