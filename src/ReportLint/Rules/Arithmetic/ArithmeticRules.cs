using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;

namespace ReportLint.Rules.Arithmetic;

/// <summary>Descriptors of the RL1xxx family, with messages from ArithmeticResources.resx, and the one way its rules report.</summary>
internal static class ArithmeticRules
{
    /// <summary>The rules.yml section holding units laid over the default vocabulary (added, replaced or removed).</summary>
    public const string UnitsSection = "units";

    public static readonly RuleFamily Family = new(RuleCategories.Arithmetic, "ReportLint.Rules.Arithmetic.ArithmeticResources");

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// Records a checked relation for <c>--explain-figures</c> and hover, and reports the rule's
    /// diagnostic when the relation fails. <c>{ID}_Holds</c> and <c>{ID}_Message</c> take the same arguments.
    /// </summary>
    public static void Verify(
        ActionContext context,
        DiagnosticDescriptor rule,
        bool holds,
        TextSpan span,
        IEnumerable<TextSpan> related,
        ImmutableDictionary<string, string?>? fix,
        params object[] arguments)
    {
        var others = related.Where(r => r != span).Distinct().ToImmutableArray();
        var key = rule.Id + (holds ? "_Holds" : "_Message");
        context.ReportFigureCheck(new FigureCheck(rule.Id, [span, .. others], Family.Text(key, Vietnamese, arguments), Family.Text(key, English, arguments), holds));
        if (!holds)
        {
            context.ReportWithRelated(rule, span, others, fix, arguments);
        }
    }

    /// <summary>Records a relation recognised but not judged, saying why (<c>Figures_Estimate</c>, <c>Figures_Partial</c>).</summary>
    public static void Explain(ActionContext context, DiagnosticDescriptor rule, string reasonKey, TextSpan span, IEnumerable<TextSpan> related, params object[] arguments)
    {
        var others = related.Where(r => r != span).Distinct().ToImmutableArray();
        context.ReportFigureCheck(new FigureCheck(rule.Id, [span, .. others], Family.Text(reasonKey, Vietnamese, arguments), Family.Text(reasonKey, English, arguments), true) { Judged = false });
    }

    /// <summary>A value of a relation in the unit an operand is written in, at its precision: 172 (chi bộ), 12,6 (tỷ đồng).</summary>
    public static string InUnitOf(decimal value, Operand like, int decimals) => FigureText.Format(like.Scale == 0 ? value : value / like.Scale, decimals);
}
