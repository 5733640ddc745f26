using System.Net;
using System.Text.RegularExpressions;

namespace ReportLint.Documents.Word;

/// <summary>
/// The text of an HTML fragment as a browser lays it out, one paragraph per block element (cells
/// included), for the HTML a Word document imports. Not a parser: what a producer of such
/// fragments writes, read without backtracking so that no input takes more than linear time.
/// </summary>
internal static partial class HtmlText
{
    public static IEnumerable<string> Paragraphs(string html)
    {
        var visible = Invisible().Replace(html, " ");
        var blocks = BlockBoundary().Replace(visible, "\n");
        var text = WebUtility.HtmlDecode(Tag().Replace(blocks, string.Empty));
        return text.Split('\n').Select(line => CollapsedWhiteSpace().Replace(line, " "));
    }

    // Comments, and elements whose content a browser does not show.
    [GeneratedRegex(@"<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>|<head\b.*?</head\s*>|<title\b.*?</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|section|article|header|footer|dt|dd|hr|body)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex("<[^>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    // HTML collapses white space; a no-break space (&nbsp;) is kept.
    [GeneratedRegex("[ \t\r\f]+", RegexOptions.NonBacktracking)]
    private static partial Regex CollapsedWhiteSpace();
}
