namespace ReportLint.Documents.Word;

/// <summary>
/// Where a paragraph sits in a table: <see cref="Row"/> and <see cref="Column"/> are grid slots
/// (a cell spanning columns 2-3 is at column 2); <see cref="NestingLevel"/> is 0 for a top-level table.
/// </summary>
internal readonly record struct WordTablePosition(int TableIndex, int Row, int Column, int NestingLevel);
