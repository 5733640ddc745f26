using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Text;

namespace ReportLint.Rules.Dates;

/// <summary>
/// RL4003: <c>sáng nay</c>, <c>hôm nay</c>, <c>chiều qua</c>… written with a date that is not the
/// draft's dateline (or the day before it): <c>Sáng nay (25/11)</c> in an article dated 09/12/2021,
/// usually an old story republished or a lead copied from an earlier draft.
/// </summary>
internal sealed class RL4003RelativeDateContradictsDateline : DraftAnalyzer
{
    public const string Id = "RL4003";

    private static readonly string[] TimesOfDay = ["hôm", "sáng", "chiều", "trưa", "tối", "đêm"];

    public static readonly DiagnosticDescriptor Rule = DateRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        if (Dateline.Of(context) is not { } dateline)
        {
            return;
        }

        foreach (var block in context.Draft.Blocks)
        {
            var text = context.TextOf(block);
            IReadOnlyList<WrittenDate>? dates = null;
            for (var i = 0; i + 1 < text.Tokens.Length; i++)
            {
                if (DaysBeforeDateline(text, i) is not { } daysBefore)
                {
                    continue;
                }

                dates ??= DateReader.Of(context, text);
                var expected = dateline.AddDays(-daysBefore);
                if (DatePairing.After(text, dates, i + 1) is not { } date || date.Resolve(dateline) is not { } written || written == expected)
                {
                    continue;
                }

                var last = DatePairing.ThroughClosingParenthesis(text, i, date.LastToken);
                var start = text.Tokens[i].Start;
                var end = text.Tokens[last].End;
                context.Report(
                    Rule,
                    block.Prose.ToSource(start, end - start),
                    null,
                    text.Text[start..end],
                    written.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    dateline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>0 for <c>sáng nay</c>, 1 for <c>hôm qua</c>; null when tokens i, i+1 are no such phrase.</summary>
    private static int? DaysBeforeDateline(BlockText text, int i)
    {
        var tokens = text.Tokens;
        if (tokens[i].Kind != TokenKind.Word || tokens[i + 1].Kind != TokenKind.Word)
        {
            return null;
        }

        var time = text.TextOf(tokens[i]);
        var isTimeOfDay = false;
        foreach (var word in TimesOfDay)
        {
            isTimeOfDay |= time.Equals(word, StringComparison.OrdinalIgnoreCase);
        }

        var relative = text.TextOf(tokens[i + 1]);
        return !isTimeOfDay ? null
            : relative.Equals("nay", StringComparison.OrdinalIgnoreCase) ? 0
            : relative.Equals("qua", StringComparison.OrdinalIgnoreCase) ? 1
            : null;
    }
}
