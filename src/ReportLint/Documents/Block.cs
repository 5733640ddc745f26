using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Documents;

/// <summary>A unit of prose in a draft: a heading, a paragraph, a list item or a table cell.</summary>
public sealed class Block
{
    internal Block(BlockKind kind, TextSpan span, Prose prose, TableCellPosition? cell = null, int headingLevel = 0, bool isPlaced = false)
    {
        IsPlaced = isPlaced;
        Kind = kind;
        Span = span;
        Prose = prose;
        Cell = cell;
        HeadingLevel = headingLevel;
    }

    public BlockKind Kind { get; }

    /// <summary>The source span the block covers, markup included.</summary>
    public TextSpan Span { get; }

    public Prose Prose { get; }

    public TableCellPosition? Cell { get; }

    public int HeadingLevel { get; }

    /// <summary>
    /// Placed on the page apart from the running text (a Word text box or frame): model forms and
    /// letterheads there repeat by design.
    /// </summary>
    internal bool IsPlaced { get; }
}

public readonly record struct TableCellPosition(int Table, int Row, int Column, bool IsHeader);
