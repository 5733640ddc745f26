using System.Text;
using Microsoft.CodeAnalysis.Text;
using ReportLint.VsCodeHost.Linting;

namespace ReportLint.VsCodeHost.Hovers;

/// <summary>
/// On a figure: every relation the arithmetic rules checked it in, with ✓ when the figures agree
/// and ✗ when they do not ("21 + 44 = 65 ✓"), so the editor sees what was verified.
/// </summary>
internal sealed class FigureHoverContent : IHoverContent
{
    public IEnumerable<HoverSection> Describe(CheckOutcome outcome, int offset)
    {
        if (outcome.Result is not { } result || result.FigureChecks.IsDefaultOrEmpty)
        {
            yield break;
        }

        var culture = outcome.Configuration.Culture;
        var lines = new StringBuilder();
        TextSpan? figure = null;
        foreach (var check in result.FigureChecks)
        {
            foreach (var span in check.Spans)
            {
                if (offset < span.Start || offset > span.End)
                {
                    continue;
                }

                figure ??= span;
                lines.Append(check.Holds ? "✓ " : "✗ ").Append(check.Text(culture)).Append(" (").Append(check.RuleId).Append(")  \n");
                break;
            }
        }

        if (figure is { } at)
        {
            yield return new HoverSection(lines.ToString().TrimEnd(), at);
        }
    }
}
