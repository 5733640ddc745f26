using System.Collections.Immutable;
using ReportLint.Documents;

namespace ReportLint.Text;

/// <summary>A block's prose with its tokens and sentences, computed once per block.</summary>
public sealed class BlockText
{
    internal BlockText(Block block, TokenizedProse tokenized)
    {
        Block = block;
        Tokenized = tokenized;
    }

    public Block Block { get; }

    public string Text => Block.Prose.Text;

    public ImmutableArray<Token> Tokens => Tokenized.Tokens;

    public ImmutableArray<Sentence> Sentences => Tokenized.Sentences;

    /// <summary>What this block shares with every block of the same prose that met the same <see cref="Analysis.AnalysisCache"/>.</summary>
    internal TokenizedProse Tokenized { get; }

    internal static BlockText Analyze(Block block) => new(block, TokenizedProse.Of(block.Prose.Text));

    public ReadOnlySpan<char> TextOf(Token token) => token.TextIn(Text);

    public ReadOnlySpan<char> TextOf(Sentence sentence) => Text.AsSpan(sentence.Start, sentence.Length);
}
