using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportLint.Documents.Word;

/// <summary>Finds a table's rows and cells through the content controls and custom XML that may wrap them.</summary>
internal static class WordTableStructure
{
    /// <summary>Rows deleted by a tracked change are gone once changes are accepted.</summary>
    public static IEnumerable<TableRow> VisibleRows(Table table) =>
        Unwrap<TableRow>(table).Where(row => row.TableRowProperties?.GetFirstChild<Deleted>() is null);

    public static IEnumerable<TableCell> Cells(TableRow row) => Unwrap<TableCell>(row);

    /// <summary>Word's "repeat as header row": the only place a .docx says which rows are headings.</summary>
    public static bool RepeatsAsHeader(TableRow row) =>
        row.TableRowProperties?.GetFirstChild<TableHeader>() is { } header
        && (header.Val is null || header.Val.Value == OnOffOnlyValues.On);

    /// <summary>A bare <c>w:vMerge</c> means "continue"; only <c>w:val="restart"</c> starts a merge.</summary>
    public static bool ContinuesVerticalMerge(TableCellProperties? properties) =>
        properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);

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
