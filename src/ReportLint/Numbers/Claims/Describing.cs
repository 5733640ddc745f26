namespace ReportLint.Numbers.Claims;

/// <summary>
/// The words that describe a figure before the connector that follows it: <c>1.250 tỷ đồng chi đầu tư
/// phát triển và 2.190 tỷ đồng …</c>, <c>512 đoàn viên được kết nạp mới, tăng 18 …</c>. A reader strips
/// them to see the connector; a gap with punctuation or too many words is left as it is, and no
/// connector will match it.
/// </summary>
internal static class Describing
{
    private const int MaxWords = 6;

    private static readonly string[] Connectors = [", và", ",", "và"];

    public static string Strip(string gap)
    {
        foreach (var connector in Connectors)
        {
            if (gap.Length > connector.Length && gap.EndsWith(connector, StringComparison.Ordinal))
            {
                var words = gap[..^connector.Length].TrimEnd();
                if (words.Length > 0 && words.All(c => char.IsLetter(c) || c == ' ') && words.Count(c => c == ' ') < MaxWords)
                {
                    return connector == "và" ? "và" : ",";
                }
            }
        }

        var comma = gap.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && gap[..comma].All(c => char.IsLetter(c) || c == ' ') && gap[..comma].Count(c => c == ' ') < MaxWords)
        {
            return gap[comma..];
        }

        return gap;
    }
}
