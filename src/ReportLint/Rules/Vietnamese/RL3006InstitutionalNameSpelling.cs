using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3006: an institutional name or fixed term of Party and state reporting written almost as the
/// rules.yml dictionary has it: one syllable mistyped (<c>Tung ương</c>), a stray syllable
/// (<c>Bí thí thư</c>), syllables split or merged (<c>Mác-Lê nin</c>) or a capital missing inside a
/// proper name (<c>Ban chấp hành Trung ương</c>). A proper name written wholly in lower case is
/// left alone (<c>cấp trung ương</c>, <c>ủy ban nhân dân các cấp</c> are generic uses), and so are
/// headlines in capitals, tone-mark style (RL3001), words that read another way (Chính phụ trách,
/// Trung Quốc hồi) and a publication's title (báo Tổ Quốc, Theo Công An Nhân Dân).
/// </summary>
internal sealed class RL3006InstitutionalNameSpelling : DraftAnalyzer
{
    public const string Id = "RL3006";

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override ImmutableArray<RuleOptionDescriptor> SupportedOptions =>
        [
            new(Id, "terms", "Institutional names and fixed terms, written exactly as they must appear (Ban Chấp hành Trung ương, chủ nghĩa Mác - Lênin)."),
            new(Id, "publications", "Words after which a name is a publication's title, kept with its own capitals (báo, tạp chí: báo Tổ Quốc)."),
            new(Id, "sources", "Words after which a name with every word capitalised is a cited source's title (theo: Theo Công An Nhân Dân)."),
        ];

    private static readonly DraftValueProvider<TermAnchors> Anchors = new(context => new TermAnchors(TermDictionary.For(context.Options(Id), "terms")));

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var anchors = context.GetValue(Anchors);
        var text = context.Text;
        var words = WordIndices(text.Tokens);
        var matcher = new TermMatcher(text, words, anchors.Dictionary, context.Options(Id).GetLowerCaseSet("publications"),
            context.Options(Id).GetLowerCaseSet("sources"));
        var prose = text.Text;
        var tokens = text.Tokens.AsSpan();
        var consumed = 0;
        for (var wi = 0; wi < words.Length; wi++)
        {
            var token = tokens[words[wi]];
            var candidates = wi < consumed ? [] : anchors.TermsWith(prose.AsSpan(token.Start, token.Length));
            if (candidates.IsEmpty)
            {
                continue;
            }

            // A correct term here wins over any near miss of another term over the same words, but
            // not over one that runs on past it: "Toà án nhân dân tối ca" is a slip in the longer term.
            if (matcher.LongestExactMatchEnd(candidates, wi, consumed) is var exactEnd and > 0)
            {
                foreach (var (term, position) in candidates)
                {
                    if (wi - position + term.Words.Length > exactEnd && matcher.FindMisspelling(term, position, wi, consumed) is { } longer
                        && longer.Start + longer.Count > exactEnd)
                    {
                        Report(context, text, words, longer, term);
                        exactEnd = longer.Start + longer.Count;
                        break;
                    }
                }

                consumed = exactEnd;
                continue;
            }

            foreach (var (term, position) in candidates)
            {
                if (matcher.FindMisspelling(term, position, wi, consumed) is { } window)
                {
                    Report(context, text, words, window, term);
                    consumed = window.Start + window.Count;
                    break;
                }
            }
        }
    }

    private static void Report(BlockAnalysisContext context, BlockText text, int[] words, TermWindow window, Term term)
    {
        var first = text.Tokens[words[window.Start]];
        var last = text.Tokens[words[window.Start + window.Count - 1]];
        var written = text.Text[first.Start..last.End];
        var canonical = InToneStyleOf(written, term.Canonical);
        var suggestion = term.IsProperName || !char.IsUpper(written[0])
            ? canonical
            : char.ToUpperInvariant(canonical[0]) + canonical[1..];
        var span = context.Block.Prose.ToSource(first.Start, last.End - first.Start);
        context.Report(Rule, span, FixData.Replace(span, suggestion), written, suggestion);
    }

    /// <summary>The term with its tone marks placed as the writer places them (Toà án, not Tòa án): RL3001 judges style.</summary>
    private static string InToneStyleOf(string written, string canonical)
    {
        var style = Tokenizer.Tokenize(written)
            .Select(token => ToneMarkPlacement.Detect(token.TextIn(written)))
            .FirstOrDefault(style => style != ToneMarkStyle.Neutral);
        if (style == ToneMarkStyle.Neutral)
        {
            return canonical;
        }

        var respelled = new StringBuilder(canonical);
        foreach (var token in Tokenizer.Tokenize(canonical).Where(t => t.Kind == TokenKind.Word))
        {
            var word = ToneMarkPlacement.Convert(canonical.Substring(token.Start, token.Length), style);
            respelled.Remove(token.Start, token.Length).Insert(token.Start, word);
        }

        return respelled.ToString();
    }

    private static int[] WordIndices(ImmutableArray<Token> tokens)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            count += token.Kind == TokenKind.Word ? 1 : 0;
        }

        var words = new int[count];
        var next = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                words[next++] = i;
            }
        }

        return words;
    }
}
