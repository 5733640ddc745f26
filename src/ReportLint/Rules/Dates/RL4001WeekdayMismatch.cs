using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;

namespace ReportLint.Rules.Dates;

/// <summary>
/// RL4001: a weekday written with a date that falls on another day (<c>Ngày 5/12/2024 (Thứ Sáu)</c>:
/// 5/12/2024 was a Thursday). A date without a year takes it from the draft's dateline; with
/// neither, nothing is checked.
/// </summary>
internal sealed class RL4001WeekdayMismatch : DraftAnalyzer
{
    public const string Id = "RL4001";

    public static readonly DiagnosticDescriptor Rule = DateRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var dateline = Dateline.Of(context);
        foreach (var block in context.Draft.Blocks)
        {
            var text = context.TextOf(block);
            IReadOnlyList<WrittenDate>? dates = null;
            for (var i = 0; i < text.Tokens.Length; i++)
            {
                if (!WeekdayName.MayStartOne(text.Tokens[i]) || !WeekdayName.TryRead(text, i, out var weekday))
                {
                    continue;
                }

                dates ??= DateReader.Of(context, text);
                if ((DatePairing.After(text, dates, weekday.LastToken) ?? DatePairing.Before(text, dates, weekday.FirstToken)) is not { } date
                    || date.Resolve(dateline) is not { } day
                    || day.DayOfWeek == weekday.Day)
                {
                    continue;
                }

                var first = Math.Min(weekday.FirstToken, date.FirstToken);
                var last = DatePairing.ThroughClosingParenthesis(text, first, Math.Max(weekday.LastToken, date.LastToken));
                var start = text.Tokens[first].Start;
                var end = text.Tokens[last].End;
                context.Report(
                    Rule,
                    block.Prose.ToSource(start, end - start),
                    null,
                    text.Text[text.Tokens[weekday.FirstToken].Start..text.Tokens[weekday.LastToken].End],
                    day.ToString("d/M/yyyy", CultureInfo.InvariantCulture),
                    DateRules.Family.Phrase("Weekday_" + day.DayOfWeek));
                i = weekday.LastToken;
            }
        }
    }
}
