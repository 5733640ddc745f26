using System.Reflection;
using System.Text;
using ReportLint.Numbers;

namespace ReportLint.Tests.Numbers;

/// <summary>Finds the mention of a number given by a quote around it, so tests read like the drafts they check.</summary>
internal static class ScanAssertions
{
    public static string RepositoryRoot { get; } = typeof(ScanAssertions).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string ReadSeed(string fileName) =>
        File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", fileName)).Normalize(NormalizationForm.FormC);

    /// <summary>
    /// The mention of <paramref name="number"/> (the first occurrence inside the first occurrence of
    /// <paramref name="quote"/>) among <paramref name="mentions"/>.
    /// </summary>
    public static NumberMention MentionOf(string text, IReadOnlyList<NumberMention> mentions, string quote, string number)
    {
        var quoteAt = text.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(quoteAt >= 0, $"'{quote}' is not in the text");
        var numberAt = text.IndexOf(number, quoteAt, StringComparison.Ordinal);
        Assert.True(numberAt >= 0 && numberAt < quoteAt + quote.Length, $"'{number}' is not in '{quote}'");
        var mention = mentions.FirstOrDefault(m => m.Number.Span.Start == numberAt)
            ?? mentions.FirstOrDefault(m => m.Span.Start <= numberAt && numberAt < m.Span.End);
        Assert.True(mention is not null, $"No mention covers '{number}' in '{quote}'. Mentions: {string.Join("; ", mentions)}");
        return mention;
    }

    public static NumberMention Single(string text, string number, string? quote = null)
    {
        var mentions = NumberScanner.Default.Scan(text);
        return MentionOf(text, mentions, quote ?? text, number);
    }
}
