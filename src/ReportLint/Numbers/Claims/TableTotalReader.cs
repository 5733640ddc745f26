using System.Collections.Frozen;
using System.Collections.Immutable;
using ReportLint.Documents;
using ReportLint.Numbers.Relations;

namespace ReportLint.Numbers.Claims;

/// <summary>One number of a table cell, as written.</summary>
internal sealed record TableFigure(Block Cell, WrittenNumber Number);

/// <summary>A total cell of a table and the cells it should be the sum of.</summary>
/// <param name="Total">The total cell.</param>
/// <param name="Terms">The cells it adds up.</param>
/// <param name="ToHundred">A percentage column whose total says 100: its shares must add up to 100 within their rounding.</param>
internal sealed record TableSum(TableFigure Total, ImmutableArray<TableFigure> Terms, bool ToHundred)
{
    /// <summary>The claim the table makes, for the one checker: the cells add up to the total, or the shares to 100.</summary>
    public FigureRelation Relation => ToHundred
        ? new FigureRelation(RelationKind.Shares, StructuralRules.TableShares, [.. Terms.Select(t => Operand.Of("share", Mention(t, NumberKind.Percentage)))], Complete: true)
        : new FigureRelation(RelationKind.Sum, StructuralRules.TableTotal, [Operand.Of("total", Mention(Total, NumberKind.Count)), .. Terms.Select(t => Operand.Of("part", Mention(t, NumberKind.Count)))], Complete: true);

    // A cell's number is a plain figure: its header, not words beside it, says what it counts.
    private static NumberMention Mention(TableFigure figure, NumberKind kind) => new() { Span = figure.Number.Span, Kind = kind, Number = figure.Number };
}

/// <summary>
/// Finds the total row (<c>Tổng</c>, <c>Tổng cộng</c>, <c>Cộng</c>, <c>Toàn huyện</c>, …) and the total
/// column of a table, and the cells each total cell adds up. Tables with sub-items (<c>- trong đó</c>),
/// subtotals, or columns that are subsets or rates are left alone: their cells do not simply add up.
/// </summary>
internal static class TableTotalReader
{
    private static readonly FrozenSet<string> TotalLabels = NumberWords.Default.List("table-total-labels").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> RowNumberHeaders = NumberWords.Default.List("table-row-number-headers").ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] SubItemStarts = [.. NumberWords.Default.List("table-sub-item-starts")];
    private static readonly string[] PercentHeaders = [.. NumberWords.Default.List("table-percent-headers")];
    private static readonly string[] NonAdditiveHeaders = [.. NumberWords.Default.List("table-non-additive-headers")];

    public static IEnumerable<TableSum> Read(DraftTable table)
    {
        var rows = table.Rows;
        var headers = table.HeaderRowCount;
        if (rows.Length - headers < 3)
        {
            return [];
        }

        var header = headers > 0 ? rows[headers - 1] : [];
        var labelColumn = header.Length > 0 && RowNumberHeaders.Contains(Normalize(header[0])) ? 1 : 0;
        var sums = new List<TableSum>();
        ReadColumns(rows, headers, header, labelColumn, sums);
        ReadRows(rows, headers, header, labelColumn, sums);
        return sums;
    }

    private static void ReadColumns(ImmutableArray<ImmutableArray<Block>> rows, int headers, ImmutableArray<Block> header, int labelColumn, List<TableSum> sums)
    {
        var totalRows = Enumerable.Range(headers, rows.Length - headers).Where(r => IsTotalRow(rows[r], labelColumn)).ToList();
        var dataRows = Enumerable.Range(headers, rows.Length - headers).Except(totalRows).ToList();
        if (totalRows.Count != 1 || dataRows.Any(r => IsSubItem(rows[r], labelColumn)))
        {
            return;
        }

        var totalRow = rows[totalRows[0]];
        for (var column = labelColumn + 1; column < totalRow.Length; column++)
        {
            var terms = dataRows.Select(r => Figure(rows[r], column)).ToList();
            if (Figure(totalRow, column) is not { } total || terms.Any(t => t is null))
            {
                continue;
            }

            var isPercent = IsPercentCell(totalRow[column]) || (column < header.Length && IsPercentHeader(header[column]));
            if (isPercent && total.Number.Value != 100)
            {
                continue;
            }

            sums.Add(new TableSum(total, [.. terms!], isPercent));
        }
    }

    private static void ReadRows(ImmutableArray<ImmutableArray<Block>> rows, int headers, ImmutableArray<Block> header, int labelColumn, List<TableSum> sums)
    {
        var totalColumn = -1;
        for (var column = labelColumn + 1; column < header.Length; column++)
        {
            if (TotalLabels.Contains(Normalize(header[column])))
            {
                totalColumn = totalColumn < 0 ? column : int.MaxValue;
            }
            else if (NonAdditiveHeaders.Any(Normalize(header[column]).Contains))
            {
                return;
            }
        }

        if (totalColumn is < 0 or int.MaxValue || header.Length - labelColumn - 2 < 2)
        {
            return;
        }

        for (var row = headers; row < rows.Length; row++)
        {
            var cells = rows[row];
            if (cells.Length != header.Length || Figure(cells, totalColumn) is not { } total)
            {
                continue;
            }

            var terms = Enumerable.Range(labelColumn + 1, header.Length - labelColumn - 1).Where(c => c != totalColumn).Select(c => Figure(cells, c)).ToList();
            if (terms.All(t => t is not null) && !IsPercentCell(cells[totalColumn]))
            {
                sums.Add(new TableSum(total, [.. terms!], ToHundred: false));
            }
        }
    }

    private static bool IsTotalRow(ImmutableArray<Block> row, int labelColumn) =>
        row.Take(labelColumn + 1).Any(cell => TotalLabels.Contains(Normalize(cell).TrimEnd(':')));

    private static bool IsSubItem(ImmutableArray<Block> row, int labelColumn) =>
        row.Length > labelColumn && SubItemStarts.Any(s => Normalize(row[labelColumn]).StartsWith(s, StringComparison.Ordinal));

    private static bool IsPercentHeader(Block cell) => Normalize(cell) is var text && PercentHeaders.Any(text.Contains);

    private static bool IsPercentCell(Block cell) => cell.Prose.Text.TrimEnd().EndsWith('%');

    /// <summary>The one number a cell holds (<c>1.234</c>, <c>12,5%</c>; a dash is zero), or null.</summary>
    private static TableFigure? Figure(ImmutableArray<Block> row, int column)
    {
        if (column >= row.Length)
        {
            return null;
        }

        var cell = row[column];
        var text = cell.Prose.Text;
        var start = TextScanning.SkipSpaces(text, 0);
        var end = TextScanning.SkipSpacesBackward(text, text.Length);
        if (end > start && text[end - 1] == '%')
        {
            end = TextScanning.SkipSpacesBackward(text, end - 1);
        }

        if (end - start == 1 && TextScanning.IsDash(text[start]))
        {
            return new TableFigure(cell, new WrittenNumber(new Microsoft.CodeAnalysis.Text.TextSpan(start, 1), text[start..end], 0, 0, NumberNotation.Digits));
        }

        return end > start && VietnameseNumberFormat.TryParse(text.AsSpan(start, end - start), out var value, out var decimals)
            ? new TableFigure(cell, new WrittenNumber(new Microsoft.CodeAnalysis.Text.TextSpan(start, end - start), text[start..end], value, decimals, NumberNotation.Digits))
            : null;
    }

    private static string Normalize(Block cell) => cell.Prose.Text.Trim().ToLowerInvariant();
}
