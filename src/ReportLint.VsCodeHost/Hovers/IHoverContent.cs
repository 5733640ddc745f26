using Microsoft.CodeAnalysis.Text;
using ReportLint.VsCodeHost.Linting;

namespace ReportLint.VsCodeHost.Hovers;

/// <summary>One part of a hover, in Markdown, with the span of the text it is about.</summary>
internal sealed record HoverSection(string Markdown, TextSpan Span);

/// <summary>
/// A kind of thing a hover can explain at an offset of a checked document: a finding today, a
/// figure and the relations it takes part in once the arithmetic rules report them.
/// </summary>
internal interface IHoverContent
{
    IEnumerable<HoverSection> Describe(CheckOutcome outcome, int offset);
}
