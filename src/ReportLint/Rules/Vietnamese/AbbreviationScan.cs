using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>An abbreviation written in a block: <c>TCCSĐ</c>, <c>UBND</c>.</summary>
internal readonly record struct AbbreviationUse(string Text, BlockText Block, int BlockIndex, int TokenIndex)
{
    public Token Token => Block.Tokens[TokenIndex];
}

/// <summary>Where an abbreviation is spelt out: <c>tổ chức cơ sở đảng (TCCSĐ)</c>.</summary>
internal readonly record struct AbbreviationDefinition(AbbreviationUse Use, string Expansion);

/// <summary>
/// The abbreviations of a draft in reading order, and the places that spell them out: the
/// abbreviation in parentheses right after words whose initials are its letters.
/// </summary>
internal sealed class AbbreviationScan
{
    private const int MaxLetters = 10;

    private static readonly DraftValueProvider<AbbreviationScan> Scans = new(Scan);

    private AbbreviationScan(List<AbbreviationUse> uses, List<AbbreviationDefinition> definitions)
    {
        Uses = uses;
        Definitions = definitions;
    }

    /// <summary>Every abbreviation outside the parentheses that define it, in reading order.</summary>
    public List<AbbreviationUse> Uses { get; }

    public List<AbbreviationDefinition> Definitions { get; }

    /// <summary>The scan of the context's draft, made once for the rules that read it.</summary>
    public static AbbreviationScan Of(ActionContext context) => context.GetValue(Scans);

    private static AbbreviationScan Scan(ActionContext context)
    {
        var uses = new List<AbbreviationUse>();
        var definitions = new List<AbbreviationDefinition>();
        var blocks = context.Draft.Blocks;
        for (var b = 0; b < blocks.Length; b++)
        {
            var text = context.TextOf(blocks[b]);
            var traits = WordTraitCache.Of(context, text);
            for (var i = 0; i < traits.Length; i++)
            {
                if ((traits[i] & (WordTraits.AllUpper | WordTraits.HasDigit)) != WordTraits.AllUpper || text.Tokens[i].Length > MaxLetters)
                {
                    continue;
                }

                var word = text.TextOf(text.Tokens[i]);
                var use = new AbbreviationUse(word.ToString(), text, b, i);
                if (IsParenthesized(text, i) && Expansion(text, i - 1, word) is { } expansion)
                {
                    definitions.Add(new AbbreviationDefinition(use, expansion));
                }
                else
                {
                    uses.Add(use);
                }
            }
        }

        return new AbbreviationScan(uses, definitions);
    }

    private static bool IsParenthesized(BlockText text, int i) =>
        i > 0 && i + 1 < text.Tokens.Length && text.TextOf(text.Tokens[i - 1]) is "(" && text.TextOf(text.Tokens[i + 1]) is ")";

    /// <summary>The words before the parenthesis whose initials spell the abbreviation, or null.</summary>
    private static string? Expansion(BlockText text, int parenthesis, ReadOnlySpan<char> abbreviation)
    {
        var tokens = text.Tokens;
        var first = parenthesis - abbreviation.Length;
        if (first < 0)
        {
            return null;
        }

        for (var k = 0; k < abbreviation.Length; k++)
        {
            var token = tokens[first + k];
            if (token.Kind != TokenKind.Word || !SameInitial(text.Text[token.Start], abbreviation[k]))
            {
                return null;
            }
        }

        return text.Text[tokens[first].Start..tokens[parenthesis - 1].End];
    }

    // Initials compare without marks: Ủy gives U, đảng gives Đ or D.
    private static bool SameInitial(char letter, char initial) =>
        ToAscii(letter) == ToAscii(initial);

    private static char ToAscii(char c) =>
        VietnameseLetters.TryDecompose(c, out var baseLower, out _, out _) ? VietnameseLetters.ToAscii(baseLower) : char.ToLowerInvariant(c);
}
