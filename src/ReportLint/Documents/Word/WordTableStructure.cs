using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportLint.Documents.Word;

/// <summary>Finds a table's rows and cells through the content controls and custom XML that may wrap them.</summary>
internal static class WordTableStructure
{
    // Word's own limit; a damaged span of two billion columns must not become two billion slots.
    private const int MaxColumns = 63;

    /// <summary>Rows deleted by a tracked change are gone once changes are accepted.</summary>
    public static IEnumerable<TableRow> VisibleRows(Table table) =>
        Unwrap<TableRow>(table).Where(row => row.TableRowProperties?.GetFirstChild<Deleted>() is null);

    public static IEnumerable<TableCell> Cells(TableRow row) => Unwrap<TableCell>(row);

    /// <summary>Word's "repeat as header row": the only place a .docx says which rows are headings.</summary>
    public static bool RepeatsAsHeader(TableRow row) =>
        OoxmlValues.IsOn(row.TableRowProperties?.GetFirstChild<TableHeader>());

    /// <summary>
    /// A bare <c>w:vMerge</c> means "continue"; <c>w:val="restart"</c> starts a merge, and a value
    /// not understood leaves the cell unmerged rather than joining it to the one above.
    /// </summary>
    public static bool ContinuesVerticalMerge(TableCellProperties? properties) =>
        properties?.VerticalMerge is { } merge
        && (merge.Val is null || OoxmlValues.Token(merge.Val, "restart", "continue") == "continue");

    /// <summary>Columns a cell spans (<c>w:gridSpan</c>), within the 63 columns Word allows a table.</summary>
    public static int ColumnSpan(TableCellProperties? properties) =>
        Math.Clamp(OoxmlValues.Integer(properties?.GridSpan?.Val) ?? 1, 1, MaxColumns);

    /// <summary>Grid columns skipped before a row's first cell (<c>w:gridBefore</c>).</summary>
    public static int SkippedColumns(TableRow row) =>
        Math.Clamp(OoxmlValues.Integer(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val) ?? 0, 0, MaxColumns);

    private static IEnumerable<T> Unwrap<T>(OpenXmlElement container)
        where T : OpenXmlElement
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case T found:
                    yield return found;
                    break;
                case SdtRow or SdtCell or SdtContentRow or SdtContentCell or CustomXmlRow or CustomXmlCell:
                    foreach (var nested in Unwrap<T>(child))
                    {
                        yield return nested;
                    }

                    break;
            }
        }
    }
}
