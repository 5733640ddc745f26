using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;

namespace ReportLint.Rules.Dates;

/// <summary>
/// RL4002: a date that no calendar has (<c>31/11/2024</c>, <c>29/2/2023</c>, <c>ngày 12/13</c>).
/// <c>d/m</c> without a year counts as a date only after <c>ngày</c>, <c>sáng</c>, <c>chiều</c>…,
/// since <c>31/40</c> is more often a fraction, and is judged only for what no year allows.
/// </summary>
internal sealed class RL4002ImpossibleDate : DraftAnalyzer
{
    public const string Id = "RL4002";

    // Any leap year: a day without a year is impossible only if it is impossible in every year.
    private const int LeapYear = 2024;

    public static readonly DiagnosticDescriptor Rule = DateRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text;
        foreach (var date in DateReader.Of(context, text))
        {
            var year = date.Year ?? LeapYear;
            if ((date.Year is null && !date.AfterDateWord) || date.Exists(year))
            {
                continue;
            }

            var start = text.Tokens[date.FirstToken].Start;
            var end = text.Tokens[date.LastToken].End;
            var reason = date.Month is >= 1 and <= 12
                ? DateRules.Family.Phrase("RL4002_MonthHasDays", Show(date.Month), Show(DateTime.DaysInMonth(year, date.Month)))
                : DateRules.Family.Phrase("RL4002_NoSuchMonth", Show(date.Month));
            context.ReportAtProse(Rule, start, end - start, null, text.Text[start..end], reason);
        }
    }

    private static string Show(int number) => number.ToString(CultureInfo.InvariantCulture);
}
