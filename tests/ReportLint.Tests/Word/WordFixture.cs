using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportLint.Documents.Word;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportLint.Tests.Word;

/// <summary>Builds small Word documents in memory with the OpenXml SDK, and reads them back.</summary>
internal static class WordFixture
{
    public static byte[] Create(Action<MainDocumentPart> fill, WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            fill(main);
        }

        return stream.ToArray();
    }

    public static byte[] WithBody(params OpenXmlElement[] blocks) =>
        Create(main => main.Document.Body!.Append(blocks));

    public static WordDocumentText Read(byte[] docx) => new WordDocumentReader().Read(new MemoryStream(docx));

    public static string[] Texts(byte[] docx) => [.. Read(docx).Paragraphs.Select(p => p.Text)];

    public static Paragraph P(params OpenXmlElement[] inline) => new(inline);

    public static Paragraph P(string text) => new(R(text));

    public static Run R(string text) => new(T(text));

    public static WordText T(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    public static Run Field(FieldCharValues type) => new(new FieldChar { FieldCharType = type });

    public static TableCell Cell(params OpenXmlElement[] content) => new(content);

    public static TableCell Cell(string text) => new(P(text));

    public static Table Table(params TableRow[] rows)
    {
        var table = new Table(new TableProperties());
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>Word's "repeat as header row".</summary>
    public static TableRow HeaderRow(params TableCell[] cells) => new([new TableRowProperties(new TableHeader()), .. cells]);

    public static TableCell Spanning(int columns, TableCell cell)
    {
        cell.PrependChild(new TableCellProperties(new GridSpan { Val = columns }));
        return cell;
    }

    public static TableCell Merged(MergedCellValues? merge, TableCell cell)
    {
        var vMerge = new VerticalMerge();
        if (merge is { } value)
        {
            vMerge.Val = value;
        }

        cell.PrependChild(new TableCellProperties(vMerge));
        return cell;
    }
}
