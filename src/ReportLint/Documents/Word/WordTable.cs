namespace ReportLint.Documents.Word;

/// <summary>
/// A cell with its merges resolved: it starts at grid slot (<see cref="Row"/>, <see cref="Column"/>)
/// and covers <see cref="RowSpan"/> x <see cref="ColumnSpan"/> slots. <see cref="Paragraphs"/> are
/// indices into <see cref="WordDocumentText.Paragraphs"/>, including those of vertically merged
/// continuation cells. Slots no cell covers (short rows) hold an empty cell of their own.
/// </summary>
internal sealed record WordTableCell(int Row, int Column, int RowSpan, int ColumnSpan, IReadOnlyList<int> Paragraphs);

/// <summary>
/// A rectangular grid: every row has <see cref="ColumnCount"/> slots, and a merged cell is the same
/// instance in every slot it covers (so a total rule reads each value once, at its origin slot).
/// <see cref="HeaderRowCount"/> counts the leading rows marked to repeat as header rows (<c>w:tblHeader</c>).
/// </summary>
internal sealed record WordTable(
    int Index,
    WordPartLabel Part,
    int NestingLevel,
    WordTablePosition? ParentCell,
    int ColumnCount,
    IReadOnlyList<IReadOnlyList<WordTableCell>> Rows,
    int HeaderRowCount = 0);
