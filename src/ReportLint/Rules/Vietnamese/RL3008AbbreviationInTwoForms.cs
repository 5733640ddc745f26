using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Text;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3008: one thing abbreviated two ways in a draft: <c>TCCS Đảng</c> and <c>TCCSĐ</c>, or two
/// abbreviations spelt out with the same words. The less used form is reported, once.
/// </summary>
internal sealed class RL3008AbbreviationInTwoForms : DraftAnalyzer
{
    public const string Id = "RL3008";

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var scan = AbbreviationScan.Of(context);
        ReportPartyForms(context, scan);
        ReportSameExpansions(context, scan);
    }

    /// <summary><c>TCCS Đảng</c> beside <c>TCCSĐ</c>: the final Đ of an abbreviation written out as a word.</summary>
    private static void ReportPartyForms(DraftAnalysisContext context, AbbreviationScan scan)
    {
        var forms = new Dictionary<string, List<(string Form, TextSpan Span)>>(StringComparer.Ordinal);
        foreach (var use in scan.Uses)
        {
            var text = use.Block;
            var next = NextWord(text, use.TokenIndex);
            if (next is { } party && text.TextOf(party) is "Đảng" or "đảng")
            {
                Add(forms, use.Text + "Đ", $"{use.Text} {text.TextOf(party)}", text.Block.Prose.ToSource(use.Token.Start, party.End - use.Token.Start));
            }
            else if (use.Text.Length >= 3 && use.Text[^1] == 'Đ')
            {
                Add(forms, use.Text, use.Text, text.Block.Prose.ToSource(use.Token.Start, use.Token.Length));
            }
        }

        foreach (var written in forms.Values)
        {
            var byForm = written.GroupBy(w => w.Form.Replace("đảng", "Đảng", StringComparison.Ordinal)).OrderByDescending(g => g.Count()).ToList();
            if (byForm.Count >= 2)
            {
                var minority = byForm[^1].First();
                context.Report(Rule, minority.Span, null, minority.Form, byForm[0].Key);
            }
        }
    }

    /// <summary>Two abbreviations spelt out with the same words.</summary>
    private static void ReportSameExpansions(DraftAnalysisContext context, AbbreviationScan scan)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in scan.Definitions)
        {
            var meaning = definition.Expansion.ToLowerInvariant();
            if (!first.TryAdd(meaning, definition.Use.Text) && first[meaning] != definition.Use.Text)
            {
                var use = definition.Use;
                context.Report(Rule, use.Block.Block.Prose.ToSource(use.Token.Start, use.Token.Length), null, use.Text, first[meaning]);
            }
        }
    }

    private static void Add(Dictionary<string, List<(string, TextSpan)>> forms, string thing, string form, TextSpan span)
    {
        if (!forms.TryGetValue(thing, out var list))
        {
            forms[thing] = list = [];
        }

        list.Add((form, span));
    }

    private static Token? NextWord(BlockText text, int index)
    {
        var tokens = text.Tokens;
        var token = tokens[index];
        return index + 1 < tokens.Length && tokens[index + 1].Kind == TokenKind.Word
            && text.Text.AsSpan(token.End, tokens[index + 1].Start - token.End).IsWhiteSpace()
            ? tokens[index + 1]
            : null;
    }
}
