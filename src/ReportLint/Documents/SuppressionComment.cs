using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Documents;

internal enum SuppressionKind
{
    Disable,
    Enable,
    DisableNextLine,
}

/// <summary>An inline <c>&lt;!-- reportlint-disable RL2001 --&gt;</c> comment.</summary>
internal sealed partial record SuppressionComment(SuppressionKind Kind, ImmutableArray<string> RuleIds, TextSpan Span)
{
    public bool AppliesTo(string ruleId) => RuleIds.IsEmpty || RuleIds.Contains(ruleId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds every suppression comment inside an HTML fragment of the source.</summary>
    public static IEnumerable<SuppressionComment> Parse(string html, int sourceOffset)
    {
        foreach (Match match in CommentPattern().Matches(html))
        {
            var kind = match.Groups["kind"].Value.ToLowerInvariant() switch
            {
                "disable" => SuppressionKind.Disable,
                "enable" => SuppressionKind.Enable,
                _ => SuppressionKind.DisableNextLine,
            };
            var ids = match.Groups["ids"].Value
                .Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(id => id.ToUpperInvariant())
                .ToImmutableArray();
            yield return new SuppressionComment(kind, ids, new TextSpan(sourceOffset + match.Index, match.Length));
        }
    }

    [GeneratedRegex(@"<!--\s*reportlint-(?<kind>disable-next-line|disable|enable)(?<ids>(?:[\s,]+RL\d{4})*)\s*-->", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPattern();
}
