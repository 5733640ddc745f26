using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Tests.Infrastructure;

/// <summary>
/// Roslyn's test markup: <c>[|span|]</c> marks a finding of the rule under test,
/// <c>{|RL2001:span|}</c> one of a named rule. Markers may nest.
/// </summary>
public sealed record Markup(string Text, IReadOnlyList<ExpectedSpan> Spans)
{
    public static Markup Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<ExpectedSpan>();
        var open = new Stack<(string? Id, int Start)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (Starts(markup, i, "[|"))
            {
                open.Push((null, text.Length));
                i += 2;
            }
            else if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|' && markup.IndexOf(':', i) is var colon and > 0)
            {
                open.Push((markup[(i + 2)..colon], text.Length));
                i = colon + 1;
            }
            else if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
            {
                var (id, start) = open.Pop();
                spans.Add(new ExpectedSpan(id, TextSpan.FromBounds(start, text.Length)));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Unclosed markup span.");
        }

        return new Markup(text.ToString(), spans);
    }

    private static bool Starts(string text, int at, string marker) => string.CompareOrdinal(text, at, marker, 0, marker.Length) == 0;
}

public sealed record ExpectedSpan(string? RuleId, TextSpan Span);
