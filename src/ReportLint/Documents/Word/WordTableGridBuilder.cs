namespace ReportLint.Documents.Word;

/// <summary>Lays out a table's cells on its grid, resolving gridSpan and vMerge into spans.</summary>
internal sealed class WordTableGridBuilder
{
    private readonly List<List<CellDraft?>> slots = [];

    public void AddCell(int row, int column, int columnSpan, bool continuesMergeAbove, IEnumerable<int> paragraphs)
    {
        var above = continuesMergeAbove && row > 0 ? SlotAt(row - 1, column) : null;
        var cell = above ?? new CellDraft(row, column, columnSpan);
        if (above is not null)
        {
            above.RowSpan = row - above.Row + 1;
        }

        cell.Paragraphs.AddRange(paragraphs);
        for (var covered = column; covered < column + cell.ColumnSpan; covered++)
        {
            SetSlot(row, covered, cell);
        }
    }

    /// <summary>Rows without cells (all deleted by tracked changes) are not passed in; rows are dense.</summary>
    public WordTable Build(int index, WordPartLabel part, int nestingLevel, WordTablePosition? parentCell, int declaredColumns, int headerRows)
    {
        var columnCount = Math.Max(declaredColumns, slots.Count == 0 ? 0 : slots.Max(row => row.Count));
        var finished = new Dictionary<CellDraft, WordTableCell>();
        var rows = slots.Select((row, rowIndex) => (IReadOnlyList<WordTableCell>)Enumerable.Range(0, columnCount)
            .Select(column => column < row.Count && row[column] is { } draft
                ? Finish(draft, finished)
                : new WordTableCell(rowIndex, column, 1, 1, []))
            .ToList()).ToList();
        return new WordTable(index, part, nestingLevel, parentCell, columnCount, rows, Math.Min(headerRows, rows.Count));
    }

    private static WordTableCell Finish(CellDraft draft, Dictionary<CellDraft, WordTableCell> finished)
    {
        if (!finished.TryGetValue(draft, out var cell))
        {
            cell = new WordTableCell(draft.Row, draft.Column, draft.RowSpan, draft.ColumnSpan, draft.Paragraphs);
            finished.Add(draft, cell);
        }

        return cell;
    }

    private CellDraft? SlotAt(int row, int column) =>
        row < slots.Count && column < slots[row].Count ? slots[row][column] : null;

    private void SetSlot(int row, int column, CellDraft cell)
    {
        while (slots.Count <= row)
        {
            slots.Add([]);
        }

        var cells = slots[row];
        while (cells.Count <= column)
        {
            cells.Add(null);
        }

        cells[column] = cell;
    }

    private sealed class CellDraft(int row, int column, int columnSpan)
    {
        public int Row { get; } = row;

        public int Column { get; } = column;

        public int ColumnSpan { get; } = columnSpan;

        public int RowSpan { get; set; } = 1;

        public List<int> Paragraphs { get; } = [];
    }
}
