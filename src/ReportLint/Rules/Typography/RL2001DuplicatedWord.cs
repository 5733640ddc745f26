using System.Collections.Immutable;
using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Text;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2001: a word typed twice (<c>các các</c>). Reduplication that Vietnamese uses on purpose
/// (<c>người người</c>) is allowed through rules.yml, and two capitalised words are taken to be a
/// name (<c>Thanh Thanh</c>).
/// </summary>
public sealed class RL2001DuplicatedWord : DraftAnalyzer
{
    public const string Id = "RL2001";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override ImmutableArray<RuleOptionDescriptor> SupportedOptions =>
        [new(Id, "allow", "Legitimate reduplications, such as 'người người', that are not typos.")];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text;
        var tokens = text.Tokens;
        FrozenSet<string>? allowed = null;
        for (var i = 1; i < tokens.Length; i++)
        {
            var first = tokens[i - 1];
            var second = tokens[i];
            if (first.Kind != TokenKind.Word || second.Kind != TokenKind.Word || !OnlyWhiteSpaceBetween(text.Text, first, second))
            {
                continue;
            }

            var firstWord = text.TextOf(first);
            var secondWord = text.TextOf(second);
            if (!firstWord.Equals(secondWord, StringComparison.OrdinalIgnoreCase) || LooksLikeName(firstWord, secondWord))
            {
                continue;
            }

            allowed ??= context.Options(Id).GetLowerCaseSet("allow");
            var pair = $"{firstWord} {secondWord}".ToLowerInvariant();
            if (allowed.Contains(pair))
            {
                continue;
            }

            var prose = context.Block.Prose;
            var removal = TextSpan.FromBounds(prose.ToSource(first.End, 0).Start, prose.ToSource(second.Start, second.Length).End);
            context.Report(
                Rule,
                prose.ToSource(first.Start, second.End - first.Start),
                FixData.Replace(removal, string.Empty),
                secondWord.ToString(),
                $"{firstWord} {secondWord}");
        }
    }

    private static bool OnlyWhiteSpaceBetween(string text, Token first, Token second)
    {
        for (var i = first.End; i < second.Start; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "Thanh Thanh" is a name; "Các các" opens a sentence with a typo.
    private static bool LooksLikeName(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        char.IsUpper(first[0]) && char.IsUpper(second[0]);

}
