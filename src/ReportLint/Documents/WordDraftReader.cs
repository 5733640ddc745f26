using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Documents.Word;

namespace ReportLint.Documents;

/// <summary>
/// Reads a Word draft. Its text is the paragraphs joined by '\n', so line N is paragraph N in every
/// output. Each paragraph outside tables is a block; each table cell is one block holding its
/// paragraphs, laid out on the table's grid so that table rules see rows and columns.
/// </summary>
internal static class WordDraftReader
{
    public static readonly ImmutableArray<string> Extensions = [".docx", ".docm", ".dotx", ".dotm"];

    /// <summary>
    /// Word 97-2003 files, read only when named on the command line (folders skip them) so that the
    /// user hears "save it as .docx" rather than "unsupported format"; a renamed .docx just reads.
    /// </summary>
    public static readonly ImmutableArray<string> LegacyExtensions = [".doc", ".dot"];

    public static bool IsWordPath(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public static bool IsLegacyWordPath(string path) =>
        LegacyExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the file's bytes; a refused file becomes a <see cref="DraftReadException"/>.</summary>
    public static Draft Read(string path, Stream input) => FromText(path, Refusing(() => new WordDocumentReader().Read(input)));

    /// <summary>An editable copy of the file to annotate; its draft is <c>FromText(path, copy.Text)</c>.</summary>
    public static WordReviewCopy OpenForReview(Stream input) => Refusing(() => new WordDocumentReader().OpenForReview(input));

    private static T Refusing<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (WordDocumentRejectedException e)
        {
            throw ToReadException(e);
        }
    }

    public static DraftReadException ToReadException(WordDocumentRejectedException rejection) => new(
        rejection.Reason switch
        {
            WordRejectionReason.NotAZip => DraftReadProblem.NotAZip,
            WordRejectionReason.CorruptFile => DraftReadProblem.CorruptZip,
            WordRejectionReason.TooLarge => DraftReadProblem.TooLarge,
            WordRejectionReason.ZipBomb => DraftReadProblem.ZipBomb,
            WordRejectionReason.LegacyWordFormat => DraftReadProblem.WordBinaryDoc,
            WordRejectionReason.PasswordProtected => DraftReadProblem.Encrypted,
            WordRejectionReason.UnsafeXml => DraftReadProblem.DtdRefused,
            WordRejectionReason.NoText => DraftReadProblem.NoText,
            WordRejectionReason.NestedTooDeeply => DraftReadProblem.NestedTooDeeply,
            WordRejectionReason.TooManyParagraphs => DraftReadProblem.TooManyParagraphs,
            _ => DraftReadProblem.NotAWordDocument,
        },
        rejection.Reason == WordRejectionReason.TooLarge && rejection.Limit is { } bytes
            ? (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : rejection.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? rejection.Message,
        rejection);

    public static Draft FromText(string path, WordDocumentText document)
    {
        TextDraftLimits.CheckParagraphs(document.Paragraphs.Count);
        var text = SourceText.From(document.Text);
        var reading = new Reading(text, document);
        var blocks = reading.Blocks();
        var tables = reading.Tables();
        return new Draft(path, DraftFormat.Word, text, blocks, tables, reading.Ignored.ToImmutable(), [], [], document);
    }

    private sealed class Reading(SourceText text, WordDocumentText document)
    {
        private readonly Dictionary<WordTableCell, Block> cells = new(ReferenceEqualityComparer.Instance);

        public ImmutableArray<TextSpan>.Builder Ignored { get; } = ImmutableArray.CreateBuilder<TextSpan>();

        /// <summary>In reading order: a cell is where its first paragraph is.</summary>
        public ImmutableArray<Block> Blocks()
        {
            var blocks = new List<Block>();
            for (var line = 0; line < document.Paragraphs.Count; line++)
            {
                var paragraph = document.Paragraphs[line];
                if (paragraph.Table is null && !string.IsNullOrWhiteSpace(paragraph.Text))
                {
                    blocks.Add(ParagraphBlock(paragraph, line));
                }
            }

            foreach (var table in document.Tables)
            {
                blocks.AddRange(table.Rows.SelectMany(row => row).Distinct<WordTableCell>(ReferenceEqualityComparer.Instance).Select(cell => CellBlock(table, cell)));
            }

            return [.. blocks.OrderBy(block => block.Span.Start)];
        }

        /// <summary>Call after <see cref="Blocks"/>: rows reuse the cell blocks, a merged cell in every slot it covers.</summary>
        public ImmutableArray<DraftTable> Tables() =>
        [
            .. document.Tables.Select(table => new DraftTable(
                table.Index,
                [.. table.Rows.Select(row => row.Select(cell => cells[cell]).ToImmutableArray())],
                table.HeaderRowCount)),
        ];

        private Block ParagraphBlock(WordParagraph paragraph, int line)
        {
            var prose = new ProseBuilder();
            AppendLine(prose, line);
            var kind = paragraph.HeadingLevel > 0 ? BlockKind.Heading : paragraph.IsListItem ? BlockKind.ListItem : BlockKind.Paragraph;
            return new Block(kind, text.Lines[line].Span, prose.Build(), headingLevel: paragraph.HeadingLevel, isPlaced: paragraph.IsPlaced);
        }

        private Block CellBlock(WordTable table, WordTableCell cell)
        {
            var prose = new ProseBuilder();
            var lines = cell.Paragraphs.Order().ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    // Every line but the last ends in the '\n' that separates paragraphs.
                    prose.Append("\n", text.Lines[lines[i - 1]].End);
                }

                AppendLine(prose, lines[i]);
            }

            var span = lines.Count == 0
                ? new TextSpan(FirstLineStart(table), 0)
                : TextSpan.FromBounds(text.Lines[lines[0]].Start, text.Lines[lines[^1]].End);
            var position = new TableCellPosition(table.Index, cell.Row, cell.Column, cell.Row < table.HeaderRowCount);
            var block = new Block(BlockKind.TableCell, span, prose.Build(), position);
            cells.Add(cell, block);
            return block;
        }

        /// <summary>Slots that no cell covers (short rows) sit, empty, where the table starts.</summary>
        private int FirstLineStart(WordTable table) =>
            table.Rows.SelectMany(row => row).SelectMany(cell => cell.Paragraphs).DefaultIfEmpty(-1).Min() is var line and >= 0
                ? text.Lines[line].Start
                : 0;

        // Manual line and page breaks (U+000B, U+000C) keep a paragraph on one line of the text;
        // in its prose they are the line break a reader sees. One character for one keeps the map.
        // An equation is one stand-in, like a URL, and no finding is made inside it.
        private void AppendLine(ProseBuilder prose, int line)
        {
            var paragraph = document.Paragraphs[line];
            var content = paragraph.Text.Replace('\v', '\n').Replace('\f', '\n');
            var lineStart = text.Lines[line].Start;
            var position = 0;
            foreach (var equation in paragraph.Equations)
            {
                ProseText.AppendWithoutUrls(prose, content[position..equation.Start], lineStart + position, Ignored);
                prose.AppendStandIn(ProseText.StandIn, lineStart + equation.Start, lineStart + equation.End);
                Ignored.Add(new TextSpan(lineStart + equation.Start, equation.Length));
                position = equation.End;
            }

            ProseText.AppendWithoutUrls(prose, content[position..], lineStart + position, Ignored);
        }
    }
}
