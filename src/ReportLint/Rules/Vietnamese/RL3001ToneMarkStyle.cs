using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3001: a draft that mixes the two tone-mark placements of the open rhymes oa, oe, uy
/// (<c>Đảng ủy</c> and <c>Đảng uỷ</c>). Both styles are correct; mixing them is not. The minority is
/// reported, naming the style the draft mostly uses, unless rules.yml prefers one.
/// </summary>
internal sealed class RL3001ToneMarkStyle : DraftAnalyzer
{
    public const string Id = "RL3001";

    private const string OldExamples = "hòa, khỏe, ủy";
    private const string NewExamples = "hoà, khoẻ, uỷ";

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override ImmutableArray<RuleOptionDescriptor> SupportedOptions =>
        [new(Id, "preferred", "auto (the draft's majority style), old (hòa, khỏe, ủy) or new (hoà, khoẻ, uỷ).")];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var styled = new List<(BlockText Text, Token Token, ToneMarkStyle Style)>();
        int old = 0, @new = 0;
        foreach (var block in context.Draft.Blocks)
        {
            var text = context.TextOf(block);
            var traits = WordTraitCache.Of(context, text);
            for (var i = 0; i < traits.Length; i++)
            {
                if ((traits[i] & (WordTraits.OldToneStyle | WordTraits.NewToneStyle)) == 0)
                {
                    continue;
                }

                var isOld = (traits[i] & WordTraits.OldToneStyle) != 0;
                styled.Add((text, text.Tokens[i], isOld ? ToneMarkStyle.Old : ToneMarkStyle.New));
                old += isOld ? 1 : 0;
                @new += isOld ? 0 : 1;
            }
        }

        var preferred = Preferred(context.Options(Id).GetString("preferred"));
        if (preferred is null && (old == 0 || @new == 0))
        {
            return;
        }

        // A tie goes to the old placement, the one Party documents use.
        var dominant = preferred ?? (old >= @new ? ToneMarkStyle.Old : ToneMarkStyle.New);
        var dominantCount = dominant == ToneMarkStyle.Old ? old : @new;
        foreach (var (text, token, style) in styled)
        {
            if (style == dominant)
            {
                continue;
            }

            var word = text.TextOf(token).ToString();
            var respelled = ToneMarkPlacement.Convert(word, dominant);
            var span = text.Block.Prose.ToSource(token.Start, token.Length);
            context.Report(Rule, span, FixData.Replace(span, respelled), word, respelled, dominant == ToneMarkStyle.Old ? OldExamples : NewExamples, dominantCount);
        }
    }

    private static ToneMarkStyle? Preferred(string? option) => option?.Trim().ToLowerInvariant() switch
    {
        "old" => ToneMarkStyle.Old,
        "new" => ToneMarkStyle.New,
        _ => null,
    };
}
