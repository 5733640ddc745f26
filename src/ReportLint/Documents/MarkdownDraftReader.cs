using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;
using MarkdigTable = Markdig.Extensions.Tables.Table;

namespace ReportLint.Documents;

/// <summary>
/// Reads Markdown through Markdig. The draft's text is the file itself; prose keeps only what a
/// reader sees (no markup, code, HTML, URLs or front matter), mapped back to the file.
/// </summary>
internal static class MarkdownDraftReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder { MaximumNestingDepth = TextDraftLimits.MaxMarkdownNesting }
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    // Markdig checks nesting before it goes deeper and throws this, with no type of its own.
    private const string MarkdigDepthMessage = "Markdown elements in the input are too deeply nested";

    public static Draft Read(string path, SourceText text, ImmutableArray<ReaderNote> notes)
    {
        var source = text.ToString();
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.StartsWith(MarkdigDepthMessage, StringComparison.Ordinal))
        {
            throw new DraftReadException(DraftReadProblem.NestedTooDeeply, TextDraftLimits.MaxMarkdownNesting.ToString(System.Globalization.CultureInfo.InvariantCulture), e);
        }

        var walker = new Walker(source);
        walker.VisitContainer(document, insideListItem: false);
        return new Draft(
            path,
            DraftFormat.Markdown,
            text,
            walker.Blocks.ToImmutable(),
            walker.Tables.ToImmutable(),
            walker.Ignored.ToImmutable(),
            walker.Suppressions.ToImmutable(),
            notes);
    }

    private sealed class Walker(string source)
    {
        public ImmutableArray<Block>.Builder Blocks { get; } = ImmutableArray.CreateBuilder<Block>();

        public ImmutableArray<DraftTable>.Builder Tables { get; } = ImmutableArray.CreateBuilder<DraftTable>();

        public ImmutableArray<TextSpan>.Builder Ignored { get; } = ImmutableArray.CreateBuilder<TextSpan>();

        public ImmutableArray<SuppressionComment>.Builder Suppressions { get; } = ImmutableArray.CreateBuilder<SuppressionComment>();

        public void VisitContainer(ContainerBlock container, bool insideListItem)
        {
            foreach (var child in container)
            {
                switch (child)
                {
                    case YamlFrontMatterBlock or CodeBlock:
                        Ignored.Add(SpanOf(child));
                        break;
                    case HtmlBlock html:
                        IgnoreHtml(SpanOf(html));
                        break;
                    case HeadingBlock heading:
                        Blocks.Add(new Block(BlockKind.Heading, SpanOf(heading), ReadInlines(heading.Inline), headingLevel: heading.Level));
                        break;
                    case ParagraphBlock paragraph:
                        Blocks.Add(new Block(insideListItem ? BlockKind.ListItem : BlockKind.Paragraph, SpanOf(paragraph), ReadInlines(paragraph.Inline)));
                        break;
                    case MarkdigTable table:
                        VisitTable(table);
                        break;
                    case ContainerBlock nested:
                        VisitContainer(nested, insideListItem || nested is ListItemBlock);
                        break;
                    default:
                        break;
                }
            }
        }

        private void VisitTable(MarkdigTable table)
        {
            var tableIndex = Tables.Count;
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<Block>>();
            var headerRows = 0;
            foreach (var row in table.OfType<TableRow>())
            {
                if (row.IsHeader)
                {
                    headerRows++;
                }

                var cells = ImmutableArray.CreateBuilder<Block>();
                foreach (var cell in row.OfType<TableCell>())
                {
                    var position = new TableCellPosition(tableIndex, rows.Count, cells.Count, row.IsHeader);
                    var paragraph = cell.OfType<ParagraphBlock>().FirstOrDefault();
                    var prose = paragraph is null ? new ProseBuilder().Build() : ReadInlines(paragraph.Inline);
                    var block = new Block(BlockKind.TableCell, SpanOf(cell), prose, position);
                    cells.Add(block);
                    Blocks.Add(block);
                }

                rows.Add(cells.ToImmutable());
            }

            Tables.Add(new DraftTable(tableIndex, rows.ToImmutable(), headerRows));
        }

        private Prose ReadInlines(ContainerInline? inlines)
        {
            var prose = new ProseBuilder();
            if (inlines is not null)
            {
                AppendInlines(prose, inlines);
            }

            return prose.Build();
        }

        // Without recursion: Markdig lets inline markup (emphasis, links) nest 10,240 levels deep,
        // which recursing here would turn into a stack overflow.
        private void AppendInlines(ProseBuilder prose, ContainerInline root)
        {
            var resume = new Stack<Inline?>();
            var inline = root.FirstChild;
            while (inline is not null || resume.Count > 0)
            {
                if (inline is null)
                {
                    inline = resume.Pop();
                    continue;
                }

                if (AppendInline(prose, inline)?.FirstChild is { } first)
                {
                    resume.Push(inline.NextSibling);
                    inline = first;
                }
                else
                {
                    inline = inline.NextSibling;
                }
            }
        }

        /// <summary>Appends what a leaf shows; returns the container whose children are to be read next.</summary>
        private ContainerInline? AppendInline(ProseBuilder prose, Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendLiteral(prose, literal);
                    break;
                case LineBreakInline lineBreak:
                    var breakSpan = SpanOf(lineBreak);
                    prose.AppendStandIn('\n', breakSpan.Start, breakSpan.End);
                    break;
                case HtmlEntityInline entity:
                    var entitySpan = SpanOf(entity);
                    foreach (var c in entity.Transcoded.ToString())
                    {
                        prose.AppendStandIn(c, entitySpan.Start, entitySpan.End);
                    }

                    break;
                case CodeInline or AutolinkInline:
                    StandIn(prose, SpanOf(inline));
                    break;
                case HtmlInline html:
                    StandIn(prose, SpanOf(html));
                    IgnoreHtml(SpanOf(html), ignore: false);
                    break;
                case LinkInline link:
                    if (link.UrlSpan.Length > 0)
                    {
                        Ignored.Add(new TextSpan(link.UrlSpan.Start, link.UrlSpan.Length));
                    }

                    if (!link.IsImage)
                    {
                        return link;
                    }

                    StandIn(prose, SpanOf(link));
                    break;
                case ContainerInline nested:
                    return nested;
            }

            return null;
        }

        private void StandIn(ProseBuilder prose, TextSpan span)
        {
            prose.AppendStandIn(ProseText.StandIn, span.Start, span.End);
            Ignored.Add(span);
        }

        // Markdig hands literals over as copies (escapes resolved, cells trimmed), so each
        // character is matched back to the next equal one in its source span.
        private void AppendLiteral(ProseBuilder prose, LiteralInline literal)
        {
            var span = SpanOf(literal);
            var content = literal.Content.AsSpan();
            var sourceSlice = source.AsSpan(span.Start, span.Length);
            if (sourceSlice.SequenceEqual(content))
            {
                AppendChecked(prose, content.ToString(), span.Start);
                return;
            }

            var cursor = 0;
            foreach (var c in content)
            {
                var found = sourceSlice[cursor..].IndexOf(c);
                if (found < 0)
                {
                    prose.AppendStandIn(c, span.Start + cursor, span.End);
                    continue;
                }

                prose.Append([c], span.Start + cursor + found);
                cursor += found + 1;
            }
        }

        private void AppendChecked(ProseBuilder prose, string text, int sourceStart)
        {
            var ignored = ImmutableArray.CreateBuilder<TextSpan>();
            ProseText.AppendWithoutUrls(prose, text, sourceStart, ignored);
            Ignored.AddRange(ignored);
        }

        private void IgnoreHtml(TextSpan span, bool ignore = true)
        {
            if (ignore)
            {
                Ignored.Add(span);
            }

            Suppressions.AddRange(SuppressionComment.Parse(source.Substring(span.Start, span.Length), span.Start));
        }

        private TextSpan SpanOf(MarkdownObject node)
        {
            var start = Math.Clamp(node.Span.Start, 0, source.Length);
            var end = Math.Clamp(node.Span.End + 1, start, source.Length);
            return TextSpan.FromBounds(start, end);
        }
    }
}
