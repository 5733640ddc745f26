using System.Text.RegularExpressions;

namespace ReportLint.Documents;

/// <summary>Finds bare URLs and e-mail addresses in prose: they are never linted.</summary>
internal static partial class UrlFinder
{
    public static MatchCollection Find(string text) => UrlPattern().Matches(text);

    public static bool MayContainUrl(ReadOnlySpan<char> text) => text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains('@');

    [GeneratedRegex(@"(?:https?|ftp)://[^\s<>""“”]+[^\s<>""“”.,;:!?)\]]|www\.[^\s<>""“”]+[^\s<>""“”.,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
