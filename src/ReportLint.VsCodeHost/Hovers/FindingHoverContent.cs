using System.Text;
using Microsoft.CodeAnalysis.Text;
using ReportLint.VsCodeHost.Linting;

namespace ReportLint.VsCodeHost.Hovers;

/// <summary>On a finding: the rule's ID and title, what this finding says, why the rule exists, and its page.</summary>
internal sealed class FindingHoverContent : IHoverContent
{
    public IEnumerable<HoverSection> Describe(CheckOutcome outcome, int offset)
    {
        var culture = outcome.Configuration.Culture;
        foreach (var diagnostic in outcome.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (!string.Equals(diagnostic.Location.GetLineSpan().Path, outcome.DraftPath, StringComparison.Ordinal) || offset < span.Start || offset > span.End)
            {
                continue;
            }

            var descriptor = diagnostic.Descriptor;
            var markdown = new StringBuilder()
                .Append(culture, $"**{descriptor.Id}** · {Escape(descriptor.Title.ToString(culture))}\n\n")
                .Append(culture, $"{Escape(diagnostic.GetMessage(culture))}\n\n");
            if (descriptor.Description.ToString(culture) is { Length: > 0 } description)
            {
                markdown.Append(culture, $"{Escape(description)}\n\n");
            }

            if (!string.IsNullOrEmpty(descriptor.HelpLinkUri))
            {
                markdown.Append(culture, $"[{HostText.Format("Hover_RuleDocumentation", culture)}]({descriptor.HelpLinkUri})");
            }

            yield return new HoverSection(markdown.ToString().TrimEnd(), TextSpan.FromBounds(span.Start, Math.Min(span.End, outcome.Document.Text.Length)));
        }
    }

    /// <summary>Messages quote the draft, whose <c>*</c>, <c>_</c> or <c>[</c> must show as written.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
