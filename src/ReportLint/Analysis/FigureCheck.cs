using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Analysis;

/// <summary>
/// One relation between figures that a rule checked, whether it holds or not, so that an editor
/// can see what was verified and what was not (the language server's hover, <c>--explain-figures</c>).
/// A failing check is normally also a diagnostic; a holding one exists only here.
/// </summary>
/// <param name="RuleId">The rule that checked it.</param>
/// <param name="Spans">The source spans of the figures involved; the first is where the relation is shown.</param>
/// <param name="Vietnamese">The arithmetic as a Vietnamese reader reads it: <c>21 + 44 = 65</c>, <c>86/101 là 85,1%, không phải 85,2%</c>.</param>
/// <param name="English">The same in English.</param>
/// <param name="Holds">Whether the figures agree.</param>
internal sealed record FigureCheck(string RuleId, ImmutableArray<TextSpan> Spans, string Vietnamese, string English, bool Holds)
{
    /// <summary>False for a relation recognised but deliberately not judged (an estimate, a partial listing); <see cref="Vietnamese"/> says why.</summary>
    public bool Judged { get; init; } = true;

    public TextSpan Span => Spans.IsDefaultOrEmpty ? default : Spans[0];

    public string Text(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? English : Vietnamese;
}
