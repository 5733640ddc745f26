using System.Collections.Immutable;

namespace ReportLint.Documents;

/// <summary>A table as rows of cells; every cell is also one of the draft's blocks.</summary>
public sealed class DraftTable
{
    internal DraftTable(int index, ImmutableArray<ImmutableArray<Block>> rows, int headerRowCount)
    {
        Index = index;
        Rows = rows;
        HeaderRowCount = headerRowCount;
    }

    public int Index { get; }

    public ImmutableArray<ImmutableArray<Block>> Rows { get; }

    public int HeaderRowCount { get; }
}
