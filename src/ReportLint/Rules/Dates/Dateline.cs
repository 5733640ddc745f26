using ReportLint.Analysis;
using ReportLint.Documents;

namespace ReportLint.Rules.Dates;

/// <summary>
/// The date a draft is written for: the first full date on a short line among its first blocks
/// (<c>Cập nhật lúc 17:40, Thứ Năm, 16/01/2020 (GMT+7)</c>, <c>Thứ năm, 09/12/2021</c>). A date
/// inside a paragraph of the lead is an event's date, not the dateline.
/// </summary>
internal static class Dateline
{
    private const int BlocksSearched = 3;
    private const int MaxLineLength = 100;

    public static DateOnly? Of(DraftAnalysisContext context)
    {
        foreach (var block in context.Draft.Blocks.Take(BlocksSearched))
        {
            if (block.Prose.Length > MaxLineLength)
            {
                continue;
            }

            foreach (var date in DateReader.Of(context, context.TextOf(block)))
            {
                if (date.Year is not null && date.Resolve(null) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
