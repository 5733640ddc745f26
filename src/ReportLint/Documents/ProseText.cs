using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Documents;

/// <summary>Shared helpers for readers that put source text into prose.</summary>
internal static class ProseText
{
    /// <summary>
    /// Stands in for content that is not prose (code, a URL, inline HTML) so that the words on
    /// either side do not run together and no rule sees a gap that is not there.
    /// </summary>
    public const char StandIn = '\uFFFC';

    public static void AppendWithoutUrls(ProseBuilder prose, string text, int sourceStart, ImmutableArray<TextSpan>.Builder ignored)
    {
        if (!UrlFinder.MayContainUrl(text))
        {
            prose.Append(text, sourceStart);
            return;
        }

        var position = 0;
        foreach (System.Text.RegularExpressions.Match url in UrlFinder.Find(text))
        {
            prose.Append(text.AsSpan(position, url.Index - position), sourceStart + position);
            prose.AppendStandIn(StandIn, sourceStart + url.Index, sourceStart + url.Index + url.Length);
            ignored.Add(new TextSpan(sourceStart + url.Index, url.Length));
            position = url.Index + url.Length;
        }

        prose.Append(text.AsSpan(position), sourceStart + position);
    }
}
