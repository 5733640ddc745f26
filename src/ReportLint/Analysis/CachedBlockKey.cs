using ReportLint.Documents;

namespace ReportLint.Analysis;

/// <summary>Everything about a block that its actions may read, besides its prose.</summary>
internal readonly record struct CachedBlockKey(string Source, BlockKind Kind, int HeadingLevel, TableCellPosition? Cell);
